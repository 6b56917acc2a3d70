// `npm test`: every check a change must pass, in the order that fails fastest.
// typecheck, lint + format, build, then unit and browser tests in one Vitest run.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results/vitest.json';
const steps = [
  ['Chromium', 'npx', ['tsx', 'scripts/ensure-chromium.ts']],
  ['Typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['ESLint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['Prettier', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['Build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  [
    'Vitest (unit + browser)',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${RESULTS}`,
      ...process.argv.slice(2),
    ],
  ],
];

rmSync(RESULTS, { force: true });
const started = Date.now();
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const stepStart = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  console.log(
    `  ${name}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - stepStart) / 1000).toFixed(1)} s`,
  );
  if (status !== 0) {
    printCounts();
    process.exit(status ?? 1);
  }
}
printCounts();
console.log(`All checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

function printCounts() {
  try {
    const report = JSON.parse(readFileSync(RESULTS, 'utf8'));
    // The plain closing line CI reads: "N passed, N failed".
    console.log(
      `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`,
    );
  } catch {
    // No Vitest run happened (an earlier step failed).
  }
}
