import { test, expect } from './fixtures.ts';
import { VolumesPage } from './pages/volumes.ts';

const DESIGN = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts:
        - name: scratch
          mountPath: /scratch
  volumes:
    - name: scratch
      emptyDir:
        medium: Memory
        sizeLimit: 64Mi
`;

test('while the YAML does not parse, the inspector shows the last valid values, read-only', async ({
  app,
  page,
}) => {
  await app.goto();
  await app.setYaml(DESIGN);
  const volumes = new VolumesPage(page, app);
  const form = await volumes.select('scratch');
  const medium = form.getByRole('combobox', { name: 'Medium' });
  const size = form.getByRole('textbox', { name: 'Size limit' });
  await expect(medium).toHaveValue('Memory');
  await expect(size).toHaveValue('64Mi');

  // Break the YAML below the volume: the parse that is left has no emptyDir fields.
  await app.setYaml(DESIGN.replace('        sizeLimit: 64Mi\n', '        sizeLimit: [64Mi\n'));
  await expect(app.staleAlert).toBeVisible();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('status')).toContainText(
    'these are the values of the last valid design, read-only until the YAML is fixed',
  );
  await expect(medium).toHaveValue('Memory');
  await expect(size).toHaveValue('64Mi');
  await expect(medium).toBeDisabled();
  await expect(size).toBeDisabled();
  // The mount row of the app container agrees with the canvas too.
  await expect(app.volume('scratch')).toBeVisible();

  await app.setYaml(DESIGN.replace('64Mi', '128Mi'));
  await expect(inspector.getByRole('status')).toHaveCount(0);
  await expect(size).toHaveValue('128Mi');
  await expect(size).toBeEnabled();
});
