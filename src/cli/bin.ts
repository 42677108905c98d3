import { main } from './check.js';

process.exitCode = await main(process.argv.slice(2));
