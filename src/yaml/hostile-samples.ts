// Texts the hostile-input tests share (src/yaml/hostile.test.ts, src/cli/hostile.process.test.ts).

/** A small valid Pod, the good text the hostile ones are built around. */
export const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
`;

/** Nine levels of ten aliases each: a billion copies of "x" once expanded. */
export function billionLaughs(): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++) {
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  }
  return lines.join('\n') + '\n';
}
