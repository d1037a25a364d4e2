// Writes the rule registry's part of the config schema (`properties.rules`) into
// schemas/customer-lens.schema.json. test/unit/docs.test.ts fails when the two are out of step.

import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'customer-lens-schema-'));
try {
  const outfile = join(dir, 'schema.cjs');
  await build({ entryPoints: ['server/src/engine/config/schema.ts'], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  const { rulesSchema } = createRequire(import.meta.url)(outfile);
  const path = 'schemas/customer-lens.schema.json';
  const schema = JSON.parse(readFileSync(path, 'utf8'));
  schema.properties.rules = rulesSchema();
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`${path}: ${Object.keys(schema.properties.rules.properties).length} rules\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
