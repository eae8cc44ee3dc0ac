// Compiles one self-contained Solidity file with the pinned solc-js and the
// settings of build.mjs, and prints the creation bytecode of one of its
// contracts as hex on stdout. twopm bench prove uses it to measure the gas of
// a verifier exported for an arbitrary circuit size.
//
//   node compile-one.mjs FILE.sol CONTRACT
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const solc = require('solc');

const [file, name] = process.argv.slice(2);
if (!file || !name) {
  console.error('usage: node compile-one.mjs FILE.sol CONTRACT');
  process.exit(2);
}
if (!solc.version().startsWith('0.8.37+')) {
  console.error(`compile-one.mjs: solc ${solc.version()} is installed, want 0.8.37: run npm ci in contracts/`);
  process.exit(1);
}
const input = {
  language: 'Solidity',
  sources: { 'verifier.sol': { content: fs.readFileSync(file, 'utf8') } },
  settings: {
    evmVersion: 'cancun',
    viaIR: false,
    optimizer: { enabled: true, runs: 200 },
    outputSelection: { '*': { '*': ['evm.bytecode.object'] } },
  },
};
const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
if (errors.length > 0) {
  for (const e of errors) console.error(e.formattedMessage ?? e.message);
  process.exit(1);
}
const c = output.contracts?.['verifier.sol']?.[name];
if (!c) {
  console.error(`compile-one.mjs: no contract ${name} in ${file}`);
  process.exit(1);
}
process.stdout.write(c.evm.bytecode.object);
