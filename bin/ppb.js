#!/usr/bin/env node
// The `ppb` command line; the bundle is made by `npm run build`.
require('./require-built')('cli.js');
