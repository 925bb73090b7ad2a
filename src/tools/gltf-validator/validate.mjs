// Validates a glTF/GLB file with the Khronos glTF validator and prints a one-line summary
// followed by every message. Exit 0 when there are no errors and no warnings, 1 otherwise,
// 2 when the file cannot be read.
//   node validate.mjs FILE.glb
import { readFile } from "node:fs/promises";
import validator from "gltf-validator";

const file = process.argv[2];
if (!file) {
  console.error("usage: node validate.mjs FILE");
  process.exit(2);
}
let bytes;
try {
  bytes = new Uint8Array(await readFile(file));
} catch (e) {
  console.error(`${file}: ${e.message}`);
  process.exit(2);
}
const report = await validator.validateBytes(bytes, { maxIssues: 0, uri: file });
const { numErrors, numWarnings, numInfos, numHints, messages } = report.issues;
console.log(`${file}: ${numErrors} errors, ${numWarnings} warnings, ${numInfos} infos, ${numHints} hints`);
for (const m of messages) console.log(`  [${m.severity}] ${m.code} ${m.pointer ?? ""}: ${m.message}`);
process.exit(numErrors === 0 && numWarnings === 0 ? 0 : 1);
