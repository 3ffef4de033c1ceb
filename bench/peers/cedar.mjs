// cedar.mjs — the rules of bench_gen as Cedar policies, evaluated with cedar-wasm's
// pre-parsed, stateful API (preparsePolicySet once, then statefulIsAuthorized per
// profile). A rule is a permit whose `when` is the rule; the rules a profile matches are
// the determining policies of the answer. Compute is in units of 1e18 FLOP: Cedar's
// integers are 64-bit and cannot hold 1e25.
import {args, load, measure, version} from './common.mjs';

const {modules, rules, profiles} = args();
const {require, dir} = load(modules, '@cedar-policy/cedar-wasm', '/nodejs');
const cedar = require(dir);
const q = (s) => JSON.stringify(s);
const policies = {};
for (const r of rules)
  policies[r.id] = `permit(principal, action, resource) when { context.compute >= ${r.c} && ` +
    `context.markets.containsAny([${r.m.map(q).join(', ')}]) && ` +
    `context.purposes.containsAny([${r.p.map(q).join(', ')}]) };`;
const parsed = cedar.preparsePolicySet('bench', {staticPolicies: policies});
if (parsed.type !== 'success') {
  console.error('cedar: the policies do not parse:', JSON.stringify(parsed.errors));
  process.exit(2);
}
const principal = {type: 'System', id: 'sys'}, action = {type: 'Action', id: 'check'};
const resource = {type: 'Corpus', id: 'bench'};
const contexts = profiles.map((p) => ({compute: p.c, markets: p.m, purposes: p.p}));
let i = 0;
const byProfile = new Map(profiles.map((p, k) => [p, contexts[k]]));
measure('cedar-wasm ' + version(modules, '@cedar-policy/cedar-wasm'), profiles, (p) => {
  const a = cedar.statefulIsAuthorized({principal, action, resource, context: byProfile.get(p),
                                        preparsedPolicySetId: 'bench', entities: []});
  if (a.type !== 'success') {
    if (i++ === 0) console.error('cedar:', JSON.stringify(a.errors));
    return 0;
  }
  return a.response.diagnostics.reason.length;
});
