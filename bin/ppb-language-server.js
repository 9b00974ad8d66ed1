#!/usr/bin/env node
// The PPB language server for any LSP client: `ppb-language-server --stdio`.
require('./require-built')('server.js');
