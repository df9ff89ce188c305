// Measures what the login page downloads: the entry chunk and everything it imports statically
// (lazy routes are excluded), gzip-compressed, from the manifest `vite build` writes.
// Usage: node apps/web/scripts/measure-bundle.mjs [--max-kb 300]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import console from 'node:console';
import process from 'node:process';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const manifestPath = path.join(dist, '.vite/manifest.json');
let manifest;
try {
  manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
} catch {
  console.error(`No manifest at ${manifestPath}: run "npm run build -w @zhibu/web" first.`);
  process.exit(1);
}

const maxArg = process.argv.indexOf('--max-kb');
const maxKb = maxArg > 0 ? Number(process.argv[maxArg + 1]) : 300;

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) {
  console.error('The manifest has no entry chunk.');
  process.exit(1);
}

// Walk static imports only: `dynamicImports` are the lazily loaded routes.
const files = new Set();
const seen = new Set();
const visit = (key) => {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const dep of chunk.imports ?? []) visit(dep);
};
visit(entryKey);

let raw = 0;
let gzip = 0;
const rows = [];
for (const file of files) {
  const buf = readFileSync(path.join(dist, file));
  const gz = gzipSync(buf, { level: 9 }).length;
  raw += buf.length;
  gzip += gz;
  rows.push({ file, kb: (buf.length / 1024).toFixed(1), gzipKb: (gz / 1024).toFixed(1) });
}
rows.sort((a, b) => Number(b.gzipKb) - Number(a.gzipKb));
for (const r of rows) console.log(`${r.gzipKb.padStart(8)} kB gzip  ${r.kb.padStart(8)} kB  ${r.file}`);
const gzipKb = gzip / 1024;
console.log(
  `Login page initial JavaScript/CSS: ${files.size} files, ${(raw / 1024).toFixed(1)} kB, ${gzipKb.toFixed(1)} kB gzip (budget ${maxKb} kB).`,
);
if (gzipKb > maxKb) {
  console.error(`Over budget by ${(gzipKb - maxKb).toFixed(1)} kB gzip.`);
  process.exit(1);
}
