// Prints each failed test of the .trx reports given as arguments, with the first lines of its message, so that
// the end of a CI log names what failed without opening the reports.
import { readFileSync } from 'node:fs';

const unescape = (text) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

for (const file of process.argv.slice(2)) {
  const trx = readFileSync(file, 'utf8');
  for (const [, attributes, body] of trx.matchAll(/<UnitTestResult ([^>]*)>([\s\S]*?)<\/UnitTestResult>/g)) {
    if (!/outcome="Failed"/.test(attributes)) continue;
    const name = unescape(/testName="([^"]*)"/.exec(attributes)?.[1] ?? '?');
    const message = unescape(/<Message>([\s\S]*?)<\/Message>/.exec(body)?.[1] ?? '').split('\n').slice(0, 6);
    console.log(`FAILED ${name}`);
    for (const line of message) console.log(`    ${line}`);
  }
}
