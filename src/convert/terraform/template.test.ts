import { describe, expect, it } from 'vitest';
import { readTemplate } from './template.ts';

describe('readTemplate', () => {
  it('undoes the escapes of literal ${ and %{', () => {
    expect(readTemplate('echo $${HOME} and %%{x} and $HOME')).toEqual({
      text: 'echo ${HOME} and %{x} and $HOME',
      expressions: [],
      whole: false,
    });
  });

  it('keeps each expression visible and names its raw source', () => {
    const read = readTemplate('${var.ecr_url}:latest');
    expect(read.text).toBe('${var.ecr_url}:latest');
    expect(read.expressions).toEqual(['var.ecr_url']);
    expect(read.whole).toBe(false);
    expect(readTemplate('prefix-${var.x}-${local.y}').expressions).toEqual(['var.x', 'local.y']);
  });

  it('knows a string that is one expression and nothing else', () => {
    const read = readTemplate('${kubernetes_namespace.app.metadata[0].name}');
    expect(read).toEqual({
      text: '${kubernetes_namespace.app.metadata[0].name}',
      expressions: ['kubernetes_namespace.app.metadata[0].name'],
      whole: true,
    });
  });

  it('finds the closing brace past braces and quotes inside the expression', () => {
    expect(readTemplate('${jsonencode({ a = "}" })}').expressions).toEqual([
      'jsonencode({ a = "}" })',
    ]);
    expect(readTemplate('${var.a ? "x${var.b}" : "y"}!').expressions).toEqual([
      'var.a ? "x${var.b}" : "y"',
    ]);
  });

  it('skips a heredoc inside the expression, braces and quotes included', () => {
    const source = 'yamldecode(<<-EOT\n  a: "{\n  b: }\n  EOT\n)';
    expect(readTemplate(`\${${source}}`)).toMatchObject({ expressions: [source], whole: true });
  });

  it('names a directive with its markers', () => {
    expect(readTemplate('%{ if var.on }x%{ endif }').expressions).toEqual([
      '%{ if var.on }',
      '%{ endif }',
    ]);
  });

  it('reads $$${ as a dollar then a literal ${', () => {
    expect(readTemplate('$$${x}')).toMatchObject({ text: '$${x}', expressions: [] });
  });
});
