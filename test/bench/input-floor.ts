import { resolve } from 'node:path';
import { ActorsFile, ChannelsFile, CurationFile } from '../../pipeline/input-schemas.ts';
import { readInputs } from '../../pipeline/read-inputs.ts';
import { parseYamlInput } from '../../pipeline/yaml-input.ts';

// The pipeline's floor, for `npm run bench` and its CI smoke test: reading every input and
// parsing and validating every YAML file, which any pipeline over these inputs must do. The
// pipeline's time is compared with this one, measured in the same run on the same machine.
// Prints the seconds on stdout. Usage: tsx test/bench/input-floor.ts --root DIR

const i = process.argv.indexOf('--root');
const root = resolve(i >= 0 ? process.argv[i + 1]! : process.cwd());
const t = performance.now();
const inputs = readInputs(root);
let problems = 0;
problems += parseYamlInput(inputs.actors.file, inputs.actors.text, ActorsFile).issues.length;
problems += parseYamlInput(inputs.channels.file, inputs.channels.text, ChannelsFile).issues.length;
for (const c of inputs.curation) problems += parseYamlInput(c.file, c.text, CurationFile).issues.length;
for (const s of inputs.seeds) problems += new TextDecoder('utf-8', { fatal: true }).decode(s.bytes).length > 0 ? 0 : 1;
const seconds = (performance.now() - t) / 1000;
console.log(JSON.stringify({ seconds, problems }));
