import { describe, expect, it } from 'vitest';
import { parseDesign } from './parse.ts';
import { MAX_MESSAGE } from './syntax-line.ts';
import { MAX_EXCERPT } from './syntax-words.ts';

const TERRAFORM = `resource "kubernetes_deployment" "x" {
  metadata {
    name = "x"
  }
}
`;
const LONG = 'x'.repeat(700);

/** Every YAML problem of `text` as `[line, message]`. */
const said = (text: string) => parseDesign(text).problems.map((p) => [p.line, p.message]);

// Real broken YAML, one case per mistake: the exact words, and the line they name (which is the
// problem's line too). Several library errors that mean one mistake are said once.
const CASES: [name: string, text: string, expected: [number, string][]][] = [
  [
    'a line indented deeper than the key above it expects',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n    labels: x\n',
    [[5, 'line 5: indented more than the key above it expects; line it up with "name" on line 4']],
  ],
  [
    'a line between two keys',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n spec:\n  containers: []\n',
    [
      [
        5,
        'line 5: indented less than "name" on line 4 above it but more than "metadata" on line 3; line it up with one of them',
      ],
    ],
  ],
  [
    "a line between a list item's '- ' and its keys",
    'spec:\n  containers:\n    - name: a\n      image: b\n     ports: []\n',
    [
      [
        5,
        `line 5: indented between the '- ' and "name" of the item on line 3; line it up with "name"`,
      ],
    ],
  ],
  [
    'a tab as indentation',
    'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: web\n',
    [[4, 'line 4: indented with a tab, which YAML does not allow; indent with spaces']],
  ],
  [
    "a tab after a list item's '-'",
    'args:\n  -\tname: a\n    image: b\n',
    [
      [2, "line 2: a tab after '-', where YAML allows only spaces; use spaces"],
      [3, 'line 3: the keys of one map must start at the same column; line this one up'],
    ],
  ],
  [
    "a key without its ':'",
    'apiVersion: v1\nkind: Pod\nmetadata\n  name: web\n',
    [[3, `line 3: a key is missing its ':' ("metadata"); each line of a map is "key: value"`]],
  ],
  [
    'a plain line inside a map',
    'metadata:\n  name: web\n  just some words\n  labels: {}\n',
    [
      [
        3,
        `line 3: a key is missing its ':' ("just some words"); each line of a map is "key: value"`,
      ],
    ],
  ],
  [
    "a last key without its ':'",
    'metadata:\n  name: web\n  labels\n',
    [[3, `line 3: a key is missing its ':' ("labels"); each line of a map is "key: value"`]],
  ],
  [
    'an unclosed double quote: the line where it opens',
    'metadata:\n  name: "web\n  labels: {}\n',
    [[2, 'line 2: this quoted string is never closed; add the closing "']],
  ],
  [
    "an unclosed single quote holding an escaped ''",
    "metadata:\n  name: 'it''s\n",
    [[2, "line 2: this quoted string is never closed; add the closing '"]],
  ],
  [
    'an unclosed flow map: the line where it opens',
    'metadata:\n  labels: {app: web\n  name: x\n',
    [[2, "line 2: this { } map is never closed; add the closing '}'"]],
  ],
  [
    'an unclosed flow list',
    'args: [a, b\n',
    [[1, "line 1: this [ ] list is never closed; add the closing ']'"]],
  ],
  [
    'a flow list left open inside a flow map: said once, where the list opens',
    'kind: Pod\nmetadata: {name: [x\n',
    [[2, "line 2: this [ ] list is never closed; add the closing ']'"]],
  ],
  [
    'a flow list whose line is not indented past its key',
    'a:\n  b: [\n  1]\n',
    [
      [
        3,
        'line 3: this line is inside the [ ] list opened on line 2 but not indented past its key; indent it further',
      ],
    ],
  ],
  [
    'a list item where a map is expected',
    'metadata:\n  name: web\n  - app\n',
    [
      [
        3,
        "line 3: a list item and a map key at the same indentation (lines 2 and 3); indent the list under its key, or remove the '- '",
      ],
    ],
  ],
  [
    "a map key beside a list's items",
    'containers:\n  - name: a\n  image: b\n',
    [
      [
        3,
        'line 3: a list item and a map key at the same indentation (lines 2 and 3); to add "image" to the item above, line it up with "name"',
      ],
    ],
  ],
  [
    'list items not lined up',
    'a:\n    - b\n  - c\n',
    [
      [
        3,
        'line 3: indented less than line 2 above it but more than "a" on line 1; line it up with one of them',
      ],
    ],
  ],
  [
    'a list on its key’s line',
    'args: - a\n',
    [
      [
        1,
        "line 1: a list cannot start on the same line as its key; put each '- item' on its own line below the key, indented",
      ],
    ],
  ],
  [
    'two keys on one line',
    'kind: Deployment: oops\n',
    [
      [
        1,
        'line 1: a value cannot hold another "key: value" on the same line; quote the value, or put the inner key on its own indented line',
      ],
    ],
  ],
  [
    'a duplicate key',
    'data:\n  mode: fast\n  "mode": slow\n',
    [[3, 'line 3: the key "mode" is already in this map; a key may appear only once']],
  ],
  [
    'a Terraform block pasted after YAML',
    `apiVersion: v1\nkind: Pod\n${TERRAFORM}`,
    [
      [
        3,
        'line 3: this looks like Terraform (HCL), not YAML; write the object as Kubernetes YAML: "key: value" lines, nested by indenting with spaces',
      ],
    ],
  ],
  [
    'a Helm template',
    'metadata:\n  name: x\n{{- if .Values.x }}\n  labels: {}\n{{- end }}\n',
    [
      [
        3,
        'line 3: a template tag ({{ … }}) is not YAML; render the chart first (helm template) and open its output',
      ],
      [
        5,
        'line 5: a template tag ({{ … }}) is not YAML; render the chart first (helm template) and open its output',
      ],
    ],
  ],
  [
    'a stray closing bracket: the lines YAML no longer reads after it are not listed one by one',
    `apiVersion: v1\nkind: Pod\n}\n${LONG}\nmetadata:\n  name: web\n`,
    [[3, "line 3: this '}' closes nothing; remove it or add the opening '{'"]],
  ],
  [
    'a 700-character word after a quoted value (only the first error of a line is said)',
    `kind: Pod\nname: "web" ${LONG} ] ${LONG}\n`,
    [
      [
        2,
        `line 2: "${'x'.repeat(MAX_EXCERPT - 1)}…" follows a value that has ended; quote or indent it to continue the value, or remove it`,
      ],
    ],
  ],
  [
    'a 700-character value with a deeper line below it',
    `metadata:\n  name: ${LONG}\n    bad: 1\n`,
    [[3, 'line 3: indented more than the key above it expects; line it up with "name" on line 2']],
  ],
  [
    "a 700-character key without its ':'",
    `a: 1\n${LONG}\n`,
    [
      [
        2,
        `line 2: a key is missing its ':' ("${'x'.repeat(MAX_EXCERPT - 1)}…"); each line of a map is "key: value"`,
      ],
    ],
  ],
  ['an extra comma', 'args: [a,, b]\n', [[1, "line 1: an extra ',' in this [ ] list; remove it"]]],
  [
    'a missing comma in a flow map',
    'labels: {a: 1 b: 2}\n',
    [
      [
        1,
        "line 1: inside { } or [ ], items go on one level, separated by ','; a ',' is probably missing here",
      ],
    ],
  ],
  [
    'a reserved character',
    'name: @web\n',
    [[1, "line 1: a value cannot start with '@' unless it is quoted; put the value in quotes"]],
  ],
  [
    'an unknown escape',
    'name: "a\\qb"\n',
    [
      [
        1,
        'line 1: \\q is no escape in a double-quoted string; write \\\\ for a backslash, or use single quotes',
      ],
    ],
  ],
  [
    "text after a block scalar's '|'",
    'script: | echo hi\n  more\n',
    [
      [
        1,
        `line 1: only a comment may follow '|' or '>' on its line; move "echo hi" to the next line, indented`,
      ],
    ],
  ],
  [
    "a comment without a space before '#'",
    'name: "web"# the name\n',
    [[1, "line 1: put a space before '#' to start a comment"]],
  ],
  [
    'an alias with a tag',
    'a: &x 1\nb: !!str *x\n',
    [[2, 'line 2: an alias (*name) cannot have its own anchor or tag; remove them']],
  ],
  [
    "a key written without the space after its ':'",
    'resources:\n  requests:\n    cpu:100m\n    memory: 64Mi\n',
    [
      [
        3,
        'line 3: put a space after the \':\' in "cpu:100m"; YAML reads "key: value" only with the space',
      ],
    ],
  ],
  [
    "a ':' with no key",
    'requests:\n  cpu: 1\n  :  memory: 2\n',
    [[3, 'line 3: a \':\' with no key before it; write "key: value"']],
  ],
  [
    "a '[' left at the start of a line",
    'spec:\n  replicas: 1\n[  selector:\n    app: web\n',
    [
      [
        3,
        "line 3: the '[' at the start of this line opens a [ ] list it does not close; remove it, or close it with ']'",
      ],
      [4, 'line 4: this line is inside the [ ] list left open on line 3; close that first'],
    ],
  ],
  [
    "text joined to a block scalar's '|'",
    'limits:\n  memory: |128Mi\n',
    [
      [
        2,
        `line 2: only '-', '+' or one digit may follow '|' or '>' ("|128Mi"); put the text on the next line, indented, or remove the '|'`,
      ],
    ],
  ],
  [
    'an anchor without a name',
    'a: & 1\n',
    [[1, "line 1: an anchor needs a name after '&' (&name)"]],
  ],
  [
    'two tags on one value',
    'a: !!str !!str b\n',
    [[1, 'line 1: a value has two tags (!tag); keep one']],
  ],
  [
    'a key over 1024 characters',
    `${'k'.repeat(1100)}: 1\n`,
    [
      [
        1,
        "line 1: a key is longer than 1024 characters, the most YAML allows; shorten it, or add the ':' it is missing",
      ],
    ],
  ],
  [
    'an unknown directive',
    '%FOO bar\n---\na: 1\n',
    [
      [
        1,
        'line 1: YAML does not know this % directive, and a manifest needs none; remove the line',
      ],
    ],
  ],
  [
    'a multi-line quoted key',
    '"a\n b": 1\n',
    [
      [
        1,
        'line 1: the " at the start of this line opens a quoted string it does not close; close it on this line, or remove it',
      ],
    ],
  ],
];

describe('syntax errors in words', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
    for (const p of parseDesign(text).problems) {
      expect(p.message).toMatch(new RegExp(`^line ${p.line}: `));
      expect(p.message.length).toBeLessThanOrEqual(MAX_MESSAGE);
      expect(p.detail!.length).toBeLessThanOrEqual(MAX_MESSAGE);
    }
  });
});
