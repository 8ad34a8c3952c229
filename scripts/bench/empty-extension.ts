import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** An extension that does nothing, to measure a page "without ours" with the same browser set-up. */
export function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cbc-empty-ext-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Empty', version: '1.0', background: { service_worker: 'sw.js' } }));
  writeFileSync(join(dir, 'sw.js'), '');
  return dir;
}
