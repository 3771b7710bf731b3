// Sums the JSON reports of vitest and Playwright into the one closing line CI prints.
import { existsSync, readFileSync } from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  /** A test file that fails to load runs no test: it counts as a failure of its own. */
  numFailedTestSuites: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number };
  errors?: unknown[];
}

let passed = 0;
let failed = 0;
const [vitestFile, playwrightFile] = process.argv.slice(2);

if (vitestFile && existsSync(vitestFile)) {
  const report = JSON.parse(readFileSync(vitestFile, 'utf8')) as VitestReport;
  passed += report.numPassedTests;
  failed += Math.max(report.numFailedTests, report.numFailedTestSuites);
} else failed += 1;

if (playwrightFile && existsSync(playwrightFile)) {
  const report = JSON.parse(readFileSync(playwrightFile, 'utf8')) as PlaywrightReport;
  passed += report.stats.expected;
  failed += report.stats.unexpected + report.stats.flaky + (report.errors?.length ?? 0);
} else failed += 1;

console.log(`${passed} passed, ${failed} failed`);
