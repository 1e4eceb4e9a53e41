// The cold-start floor: a whole `node` process that loads compromise, parses one essay and
// prints its people, places and organisations with offsets, as a compromise user would.
//
//   node floor-cold.js ESSAY.txt
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const view = nlp(readFileSync(process.argv[2]!, 'utf8'));
process.stdout.write(
  JSON.stringify({
    people: view.people().json({ offset: true }),
    places: view.places().json({ offset: true }),
    organizations: view.organizations().json({ offset: true }),
  }),
);
