#!/usr/bin/env node
// Runs the committed bundle (dist/cli/index.js), so the CLI works right after `npm ci`.
import '../dist/cli/index.js';
