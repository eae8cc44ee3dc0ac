// Compiles contracts/src/**/*.sol with the pinned solc-js (standard JSON) and
// writes build/<Contract>.abi (compact JSON) and build/<Contract>.bin (creation
// bytecode, hex without 0x) for every deployable contract, the inputs of abigen.
//
//   node build.mjs [outDir]     (outDir defaults to ./build)
//
// Reproducible: the compiler version is checked, every setting is explicit,
// sources are named by their path relative to contracts/ (never an absolute
// path, so the metadata hash in the bytecode is the same on every machine),
// files are read in sorted order, and stale outputs are removed. Any compiler
// error or warning fails the build (exit 1) with the compiler's message.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const solc = require('solc');

const SOLC_VERSION = '0.8.37';
const EVM_VERSION = 'cancun';
const OPTIMIZER_RUNS = 200;
// EIP-170: largest deployed code a chain accepts.
const MAX_RUNTIME_BYTES = 24576;

const root = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.join(root, 'src');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'build'));

function fail(msg) {
  console.error(`build.mjs: ${msg}`);
  process.exit(1);
}

if (!solc.version().startsWith(`${SOLC_VERSION}+`)) {
  fail(`solc ${solc.version()} is installed, want ${SOLC_VERSION}: run npm ci in contracts/`);
}

function listSol(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listSol(p));
    else if (e.name.endsWith('.sol')) out.push(p);
  }
  return out;
}

const sources = {};
for (const file of listSol(srcDir)) {
  const unit = path.relative(root, file).split(path.sep).join('/');
  sources[unit] = { content: fs.readFileSync(file, 'utf8') };
}
if (Object.keys(sources).length === 0) fail(`no .sol files under ${srcDir}`);

// Imports other than our own sources come from node_modules (@openzeppelin/...).
function findImports(unit) {
  if (!unit.startsWith('@')) return { error: `import ${unit}: only package imports (@scope/...) are resolved from node_modules` };
  const file = path.join(root, 'node_modules', unit);
  if (!file.startsWith(path.join(root, 'node_modules') + path.sep)) return { error: `import ${unit}: outside node_modules` };
  try {
    return { contents: fs.readFileSync(file, 'utf8') };
  } catch {
    return { error: `import ${unit}: not found in node_modules (run npm ci in contracts/)` };
  }
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    evmVersion: EVM_VERSION,
    viaIR: false,
    optimizer: { enabled: true, runs: OPTIMIZER_RUNS },
    metadata: { bytecodeHash: 'ipfs', appendCBOR: true },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));

const problems = (output.errors ?? []).filter((e) => e.severity !== 'info');
if (problems.length > 0) {
  for (const e of problems) console.error(e.formattedMessage ?? e.message);
  fail(`${problems.length} compiler error(s)/warning(s); warnings count as errors`);
}

const artifacts = new Map();
for (const unit of Object.keys(output.contracts ?? {}).sort()) {
  if (!unit.startsWith('src/')) continue; // dependencies are not artifacts
  for (const name of Object.keys(output.contracts[unit]).sort()) {
    const c = output.contracts[unit][name];
    const bin = c.evm.bytecode.object;
    if (bin.length === 0) continue; // interfaces and abstract contracts
    if (artifacts.has(name)) fail(`contract name ${name} is defined in both ${artifacts.get(name).unit} and ${unit}`);
    const runtimeBytes = c.evm.deployedBytecode.object.length / 2;
    if (runtimeBytes > MAX_RUNTIME_BYTES) fail(`${name}: deployed code is ${runtimeBytes} bytes, above the EIP-170 limit`);
    artifacts.set(name, { unit, abi: c.abi, bin, runtimeBytes });
  }
}

fs.mkdirSync(outDir, { recursive: true });
const written = new Set();
for (const [name, a] of artifacts) {
  fs.writeFileSync(path.join(outDir, `${name}.abi`), JSON.stringify(a.abi));
  fs.writeFileSync(path.join(outDir, `${name}.bin`), a.bin);
  written.add(`${name}.abi`).add(`${name}.bin`);
  console.log(`${name.padEnd(14)} ${a.unit.padEnd(26)} ${String(a.runtimeBytes).padStart(6)} bytes deployed`);
}
for (const f of fs.readdirSync(outDir)) {
  if ((f.endsWith('.abi') || f.endsWith('.bin')) && !written.has(f)) {
    fs.rmSync(path.join(outDir, f));
    console.log(`removed stale ${f}`);
  }
}
console.log(`solc ${solc.version()}, evm ${EVM_VERSION}, optimizer runs ${OPTIMIZER_RUNS} -> ${path.relative(process.cwd(), outDir) || '.'}`);
