// npm run test:e2e — builds the web app, then runs the browser flows in Debian chromium.
import { chromiumPath, sh, vitest } from './lib.mjs';

if (!chromiumPath()) {
  console.error('chromium not found: apt-get install chromium fonts-wqy-microhei (or set CHROMIUM_PATH).');
  process.exit(1);
}
if (sh('npm', ['run', '--silent', 'build']) !== 0) process.exit(1);
process.exit(vitest('e2e').code);
