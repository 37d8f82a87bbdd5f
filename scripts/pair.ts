// `npm run pair [-- --wallet]`: a fresh one-time pairing code and its QR codes
// (server/pairing/pair-command.ts).
import { runPair } from '../server/pairing/pair-command.ts';

process.exitCode = await runPair(process.argv.slice(2), process.env, process.cwd(), {
  out: (text) => {
    console.log(text);
  },
  err: (text) => {
    console.error(text);
  },
});
