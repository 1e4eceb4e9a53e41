#!/usr/bin/env node
// The installed entry point. It exists before the first build so npm can link it, and runs
// the built JavaScript (never TypeScript) so start-up stays fast.
import('../dist/src/bin.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/src/bin.js')) {
    process.stderr.write('essaylens: the command is not built yet; run `npm run build` at the repository root\n');
    process.exit(2);
  }
  throw error;
});
