import { registerDates } from '../dist/src/index.js';
import { nlp } from '@essaylens/parse';
registerDates();
const phrases = ['before February 20', 'After February 20', 'until 20 February', 'in November', 'this year', 'next month', 'by the end of 2025', 'in 2030', 'within two months', 'before March 2024'];
const single = () => phrases.map((p) => nlp(p).compute('dates').dates({ today: '2022-02-02', timezone: 'UTC' }).json()[0]?.dates);
const batch = () => { const v = nlp(phrases.join('\n\n')).compute('dates'); return v.sentences().map((s) => s.dates({ today: '2022-02-02', timezone: 'UTC' }).json()[0]?.dates); };
const batch2 = () => { const v = nlp(phrases.join('\n\n')).compute('dates'); const out = v.dates({ today: '2022-02-02', timezone: 'UTC' }).json(); return out.map(o => [o.text, o.dates?.start, o.dates?.end]); };
for (let r = 0; r < 4; r++) {
  let t = performance.now(); for (let i = 0; i < 10; i++) single(); const a = (performance.now() - t) / 10;
  t = performance.now(); for (let i = 0; i < 10; i++) batch(); const b = (performance.now() - t) / 10;
  t = performance.now(); for (let i = 0; i < 10; i++) batch2(); const c = (performance.now() - t) / 10;
  console.log('single', a.toFixed(1), 'batch', b.toFixed(1), 'batch-all', c.toFixed(1));
}
console.log(JSON.stringify(single().map(d => [d?.start?.slice(0,10), d?.end?.slice(0,10)])));
console.log(JSON.stringify(batch().map(d => [d?.start?.slice(0,10), d?.end?.slice(0,10)])));
console.log(JSON.stringify(batch2()));
