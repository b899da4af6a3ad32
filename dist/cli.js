#!/usr/bin/env node
var __webpack_exports__ = {};
// flask-rock: the action's check and expansion as a local command.
process.stdout.write('flask-rock\n');


