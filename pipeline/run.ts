import { join, resolve } from 'node:path';
import { buildDataset } from './build-dataset.ts';
import { formatIssues, hasErrors } from './issues.ts';
import { readInputs } from './read-inputs.ts';
import { serializeDataset } from './serialize-dataset.ts';
import { diffDataset, writeDatasetAtomically } from './write-dataset.ts';

// `npm run data` rebuilds public/data/ from seeds/; `npm run check:data` (--check) fails when
// the committed dataset differs from what the seeds produce. The only module that touches
// the disk or exits. Options: --root DIR (the project folder), --out DIR (relative to root).

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const root = resolve(option(argv, '--root') ?? process.cwd());
  const out = join(root, option(argv, '--out') ?? 'public/data');

  const { output, issues } = buildDataset(readInputs(root));
  if (issues.length > 0) console.error(formatIssues(issues));
  if (!output || hasErrors(issues)) {
    const n = issues.filter((i) => i.severity === 'error').length;
    console.error(`\n${n} error${n === 1 ? '' : 's'}: public/data was not changed.`);
    return 1;
  }
  const files = serializeDataset(output);
  const summary = `${output.dataset.articles.length} articles, ${output.dataset.events.length} events, ${output.dataset.actors.length} actors, ${output.dataset.channels.length} channels`;

  if (check) {
    const diff = diffDataset(out, files);
    if (diff.length > 0) {
      console.error(`The committed dataset is stale (${diff.length} file${diff.length === 1 ? '' : 's'}):\n  ${diff.join('\n  ')}\nRun \`npm run data\` and commit public/data.`);
      return 1;
    }
    console.log(`public/data is up to date (${summary}).`);
    return 0;
  }
  const changed = writeDatasetAtomically(out, files);
  console.log(`${changed ? 'Wrote' : 'Unchanged:'} public/data (${summary}, version ${output.dataset.version}).`);
  return 0;
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // An unexpected failure still gets one clear line, not a stack trace only.
  console.error(`npm run data failed: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.DEBUG) console.error(error);
  process.exitCode = 2;
}
