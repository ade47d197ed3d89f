// `npm run check:content [project-root]`: validates all content without building the site and prints a summary,
// or every problem found (exit code 1).
import { checkContent } from '../src/lib/contentCheck';
import { readContentFiles } from '../src/lib/contentFiles';

const report = checkContent(readContentFiles(process.argv[2]));
if (report.errors.length > 0) {
  console.error(`Content has ${report.errors.length} problem${report.errors.length === 1 ? '' : 's'}:\n`);
  for (const error of report.errors) console.error(`  ✗ ${error}`);
  console.error('\nFix them and run `npm run check:content` again.');
  process.exit(1);
}
const { sections, steps, scenes, figures, sources, editions } = report.summary;
const others = Object.entries(editions)
  .filter(([locale]) => locale !== 'en')
  .map(([locale, edition]) => `${locale}: ${edition.sections} sections, ${edition.steps} steps`);
console.log(`Content OK: ${sections} sections, ${steps} steps (${others.join('; ')}), ${scenes} scenes, ${figures} figures, ${sources} sources.`);
