import { registerDates } from '../dist/src/index.js';
import { nlp } from '@essaylens/parse';
registerDates();
const phrases = ['before February 20', 'After February 20', 'in November', 'this year', 'in the coming months', 'by 2030'];
const v = nlp(phrases.join('\n\n')).compute('dates');
console.log(v.dates({ today: '2022-02-02', timezone: 'UTC' }).json().map(o => JSON.stringify(o.text)));
