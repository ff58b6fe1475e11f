// `npm run check:prose`: every editorial problem in content/, one a line, for an editor to work through.
import { checkContent } from './check.ts';

const problems = checkContent(process.cwd());
for (const p of problems) console.log(`${p.where} — ${p.message}`);
console.log(problems.length === 0 ? 'No editorial problems.' : `${problems.length} editorial problem(s).`);
process.exitCode = problems.length === 0 ? 0 : 1;
