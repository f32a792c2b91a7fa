#!/usr/bin/env node
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'dist', 'electron', 'cli.cjs');
if (!existsSync(cli)) {
  process.stderr.write('parley: not built yet; run `npm install` (or `npm run build`) first.\n');
  process.exit(2);
}
require(cli);
