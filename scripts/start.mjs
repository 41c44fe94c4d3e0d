// `npm start` entry. The starter is TypeScript (type-checked and unit-tested with the rest), and
// Node 20 cannot strip types, so load it through tsx's loader, which `npm ci` installs.
let register;
try {
  ({ register } = await import('tsx/esm/api'));
} catch {
  console.error('tsx is not installed; run `npm ci` first.');
  process.exit(1);
}
register();
await import('./start-local.ts');
