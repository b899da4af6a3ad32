#!/usr/bin/env node
// flask-rock: the action's check and expansion as a local command.
process.stdout.write('flask-rock\n')
