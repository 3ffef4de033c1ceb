// cel.mjs — the rules of bench_gen as CEL expressions, parsed once in a typed
// environment of @marcbachmann/cel-js and evaluated per profile.
import {args, load, measure, version} from './common.mjs';

const {modules, rules, profiles} = args();
const {dir} = load(modules, '@marcbachmann/cel-js');
const {Environment} = await import(dir + '/lib/index.js');
const env = new Environment()
  .registerVariable('compute', 'double')
  .registerVariable('markets', 'list<string>')
  .registerVariable('purposes', 'list<string>');
const q = (s) => JSON.stringify(s);
const programs = rules.map((r) => env.parse(
  `compute >= ${r.c}.0 && markets.exists(m, m in [${r.m.map(q).join(', ')}]) && ` +
  `purposes.exists(p, p in [${r.p.map(q).join(', ')}])`));
const contexts = new Map(profiles.map((p) => [p, {compute: p.c, markets: p.m, purposes: p.p}]));
measure('cel-js ' + version(modules, '@marcbachmann/cel-js'), profiles, (p) => {
  const ctx = contexts.get(p);
  let m = 0;
  for (const prog of programs) if (prog(ctx) === true) m++;
  return m;
});
