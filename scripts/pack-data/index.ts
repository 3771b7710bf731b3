/** Every hand-written table of the default pack, in one place for the build script. */
import type { Entity } from '../../lib/knowledge/types.ts';
import { arabCities } from './cities-arab.ts';
import { worldCities } from './cities-world.ts';
import { culturePeople, morePlaces, sportOrgs } from './culture-sport.ts';
import type { CityRow } from './define.ts';
import { armedGroups } from './groups-armed.ts';
import { media } from './media.ts';
import { crossings, economy } from './orgs-economy.ts';
import { regionalOrgs, unSystem } from './orgs-international.ts';
import { arabSecurity, otherSecurity, usInstitutions } from './orgs-security.ts';
import { parliaments, parties } from './parties.ts';
import { peopleAfrica, peopleNorthAfrica } from './people-africa.ts';
import { peopleGulf, peopleLevantIraq } from './people-arab-east.ts';
import { peopleIranTurkey, peopleIsraelPalestine } from './people-mideast.ts';
import { events, peopleOrgs } from './people-orgs.ts';
import { peopleUs } from './people-us.ts';
import { peopleEast, peopleEurope } from './people-world.ts';
import { holyPlaces, regions } from './places-regions.ts';
import { seedGroups, seedOrgs, seedPeople } from './seed-article.ts';

export const ENTITY_TABLES: Entity[][] = [
  seedPeople,
  seedOrgs,
  seedGroups,
  regions,
  holyPlaces,
  unSystem,
  regionalOrgs,
  usInstitutions,
  arabSecurity,
  otherSecurity,
  armedGroups,
  parliaments,
  parties,
  media,
  peopleUs,
  peopleEurope,
  peopleEast,
  peopleNorthAfrica,
  peopleAfrica,
  peopleGulf,
  peopleLevantIraq,
  peopleIsraelPalestine,
  peopleIranTurkey,
  peopleOrgs,
  events,
  economy,
  crossings,
  culturePeople,
  sportOrgs,
  morePlaces,
];

export const CITY_TABLES: CityRow[][] = [arabCities, worldCities];

/** UN M49 sub-region -> pack entities a country there is related to. */
export const REGION_ENTITY: Record<string, string[]> = {
  '015': ['north-africa', 'africa'],
  '011': ['west-africa', 'africa'],
  '014': ['east-africa', 'africa'],
  '017': ['africa'],
  '018': ['africa'],
  '145': ['middle-east', 'asia'],
  '143': ['central-asia', 'asia'],
  '030': ['asia'],
  '034': ['asia'],
  '035': ['asia'],
  '039': ['europe'],
  '151': ['europe'],
  '154': ['europe'],
  '155': ['europe'],
  '021': ['north-america'],
  '013': ['north-america', 'latin-america'],
  '029': ['north-america'],
  '005': ['south-america', 'latin-america'],
  '053': ['oceania'],
  '054': ['oceania'],
  '057': ['oceania'],
  '061': ['oceania'],
};

/** The entities of the reference article (../shared/fixtures/seed-article.expected.json): the build fails without them. */
export const REQUIRED_IDS = [
  'morocco',
  'united-states',
  'abdellatif-hammouchi',
  'rabat',
  'fbi',
  'christopher-wray',
  'dgst',
  'dgsn',
  'cia',
  'western-sahara',
  'sahel',
  'khalid-cherkaoui-semmouni',
  'rabat-center-political-strategic-studies',
  'africa',
  'aqim',
  'jnim',
  'isgs',
  'dea',
  'odni',
];
