/**
 * English vocabulary of casualty claims, as data: predicates by kind with their inflections, multi-word
 * predicates ("taken into custody"), victims, equipment, and words that make a number no count.
 */
import type { CasualtyKind } from './kinds.ts';

/** Inflections of a regular verb: kill -> kill kills killed killing. */
export const inflect = (...stems: string[]) => stems.flatMap((s) => (s.endsWith('e') ? [s, `${s}s`, `${s}d`, `${s.slice(0, -1)}ing`] : [s, `${s}s`, `${s}ed`, `${s}ing`]));

/** Fire as a predicate only of buildings and vehicles counted by a number ("burnt 11 houses"; not "burned 3 tyres"): see AR_THINGS_ONLY. */
export const EN_THINGS_ONLY = ['burnt', 'burned', 'burning'];

export const EN_PREDICATES: Record<CasualtyKind, string[]> = {
  killed: [
    ...inflect('kill'), 'killings', 'dead', 'death', 'deaths', 'died', 'die', 'dies', 'dying', 'fatalities', 'fatality', 'fatally', 'perished', 'slain', 'massacred',
    'executed', 'homicide', 'homicides', 'lives', 'bodies', 'body', 'corpses', 'remains', 'succumbed', 'drowned', 'murdered', 'martyred', 'deceased',
    // Plural nouns of deaths ("the murders of two journalists", "Five murders were recorded"); not the singular, a
    // modifier too ("3 murder suspects").
    'murders', 'drownings',
    // "Two linemen were electrocuted" (news English: died of it); "we buried 17 of our people", "buried under the debris".
    'electrocuted', 'buried', 'lynched', 'beheaded', 'strangled',
  ],
  injured: [
    ...inflect('injure', 'wound'), 'injuries', 'hurt', 'wounds', 'hospitalised', 'hospitalized', 'hospitalisation', 'hospitalization',
    'maimed', 'burns', 'injury', 'admitted', 'treating', 'treated', 'hospitalised', 'ventilator', 'ventilators',
  ],
  // Abductions count as missing, as in Arabic ("خطف مسلحون 25 طالبا"): "gunmen abducted 39 students", "3,700 people were kidnapped".
  missing: ['missing', 'unaccounted', 'disappeared', 'vanished', 'whereabouts', ...inflect('abduct', 'kidnap'), 'kidnapped', 'kidnapping', 'kidnappings', 'abduction', 'abductions',
    // Taking people by force (see EN_SEIZE_PEOPLE): "Kidnappers seized eight aid workers", "Bandits snatched 15 passengers".
    'seized', 'snatched'],
  displaced: [
    ...inflect('displace', 'relocate', 'evacuate', 'uproot'), 'homeless', 'fled', 'flee', 'fleeing', 'refugees', 'displacement', 'evacuation',
    'shelters', 'shelter', 'sheltering', 'refuge',
  ],
  arrested: [
    ...inflect('arrest', 'detain', 'capture', 'imprison'), 'jailed', 'detainees', 'custody', 'apprehended', 'nabbed',
  ],
  destroyed: [
    ...inflect('destroy', 'demolish', 'raze', 'flatten', 'wreck'), 'collapsed', 'downed', 'razed', 'gutted', 'torched',
  ],
};

/**
 * Predicates of several words, read as one: the kind of the whole phrase. "shot dead" is killed, "taken to
 * hospital" injured, "forced from their homes" displaced, "burnt down" destroyed.
 */
export const EN_PHRASES: [CasualtyKind, string][] = [
  ['killed', 'shot dead'], ['killed', 'lost their lives'], ['killed', 'lost his life'], ['killed', 'lost her life'], ['killed', 'were retrieved'],
  ['killed', 'were recovered'], ['killed', 'was recovered'], ['killed', 'gunned down'],
  ['injured', 'taken to hospital'], ['injured', 'taken to hospitals'], ['injured', 'taken to the hospital'], ['injured', 'rushed to hospital'],
  ['injured', 'remain in hospital'], ['injured', 'remained in hospital'], ['injured', 'remains in hospital'], ['injured', 'required hospitalization'],
  ['injured', 'required hospitalisation'], ['injured', 'treated for'], ['injured', 'were treated'], ['injured', 'in critical condition'],
  ['injured', 'in a critical condition'], ['injured', 'in serious condition'], ['injured', 'in a serious condition'], ['injured', 'condition of'],
  ['injured', 'in stable condition'], ['injured', 'in a stable condition'], ['injured', 'in grave condition'], ['injured', 'in a grave condition'],
  ['missing', 'swept away'], ['missing', 'unaccounted for'], ['missing', 'yet to be accounted for'], ['missing', 'not been accounted for'],
  ['missing', 'not yet been accounted for'], ['missing', 'yet to be found'], ['missing', 'not been found'], ['missing', 'yet to be located'], ['missing', 'searching for'], ['missing', 'search for'], ['missing', 'looking for'],
  ['displaced', 'forced to leave'], ['displaced', 'forced from their homes'], ['displaced', 'forced to flee'], ['displaced', 'driven from their homes'],
  ['displaced', 'left homeless'], ['displaced', 'from their homes'], ['displaced', 'told to leave'], ['displaced', 'ordered to leave'],
  ['displaced', 'fled their homes'], ['displaced', 'moved to'],
  ['killed', 'pronounced dead'], ['killed', 'declared dead'], ['killed', 'confirmed dead'],
  ['injured', 'were in hospital'], ['injured', 'was in hospital'], ['injured', 'are in hospital'], ['injured', 'is in hospital'],
  ['injured', 'people in hospital'], ['injured', 'suffered injuries'], ['injured', 'suffered minor injuries'], ['injured', 'suffered serious injuries'],
  ['injured', 'sustained injuries'], ['injured', 'sustained minor injuries'], ['injured', 'sustained serious injuries'],
  ['missing', 'remains unaccounted for'], ['missing', 'remain unaccounted for'], ['missing', 'remained unaccounted for'],
  ['displaced', 'forced from homes'], ['displaced', 'forced from their home'], ['displaced', 'forced from his home'], ['displaced', 'forced from her home'],
  ['displaced', 'rest centres'], ['displaced', 'rest centers'], ['displaced', 'relief centres'], ['displaced', 'relief centers'],
  ['displaced', 'evacuation centres'], ['displaced', 'evacuation centers'], ['displaced', 'relief camps'],
  ['arrested', 'taken into custody'], ['arrested', 'rounded up'], ['arrested', 'picked up'],
  ['destroyed', 'burnt down'], ['destroyed', 'burned down'], ['destroyed', 'burnt out'], ['destroyed', 'burned out'], ['destroyed', 'shot down'],
  ['destroyed', 'razed to the ground'], ['destroyed', 'reduced to rubble'],
  ['missing', 'taken hostage'], ['missing', 'taken captive'], ['missing', 'held for ransom'],
  // "52 worshippers were taken away" (by the gunmen); "taken away for questioning" is an arrest.
  ['missing', 'taken away'], ['arrested', 'taken away for questioning'],
  // "Nine people received first aid", "were given first aid".
  ['injured', 'received first aid'], ['injured', 'given first aid'], ['injured', 'receiving first aid'],
  ['killed', 'found dead'], ['destroyed', 'reduced to ashes'], ['destroyed', 'reduced to ash'],
  // People washed away are missing; houses washed away are destroyed (the kind follows the group, like "swept away").
  ['missing', 'washed away'], ['missing', 'washing away'], ['missing', 'sweeping away'], ['missing', 'being searched for'], ['missing', 'reported missing'],
  ['arrested', 'held in connection'], ['arrested', 'held for questioning'], ['arrested', 'held hostage'], ['arrested', 'held captive'],
  ['injured', 'received treatment'], ['injured', 'receiving treatment'], ['injured', 'still in hospital'],
  ['arrested', 'in custody'], ['arrested', 'in police custody'], ['arrested', 'taken in for questioning'], ['arrested', 'picked up for questioning'],
  ['displaced', 'living in camps'], ['displaced', 'living in tents'], ['displaced', 'staying in camps'], ['displaced', 'housed in camps'], ['destroyed', 'blew up'], ['destroyed', 'blown up'], ['destroyed', 'blow up'],
  ['displaced', 'lost their homes'], ['displaced', 'lost their houses'], ['displaced', 'lost homes'],
  ['displaced', 'took refuge'], ['displaced', 'taken refuge'], ['displaced', 'sought refuge'],
  ['killed', 'burnt alive'], ['killed', 'burned alive'], ['killed', 'charred to death'],
  ['injured', 'needed hospital treatment'], ['injured', 'required hospital treatment'], ['injured', 'received hospital treatment'],
  ['injured', 'needed medical treatment'], ['injured', 'required medical treatment'], ['injured', 'received medical treatment'],
  ['injured', 'needed treatment'], ['injured', 'required treatment'], ['injured', 'needed medical attention'], ['injured', 'required medical attention'],
  ['injured', 'sought medical treatment'], ['injured', 'sought treatment'],
  // "A hawker was fatally shot", "two guards were fatally stabbed": they died of it.
  ['killed', 'fatally shot'], ['killed', 'fatally stabbed'], ['killed', 'fatally wounded'], ['killed', 'fatally injured'], ['killed', 'fatally struck'],
  ['killed', 'fatally hit'], ['killed', 'fatally attacked'], ['killed', 'fatally beaten'],
  ['destroyed', 'set ablaze'], ['destroyed', 'set on fire'], ['destroyed', 'set alight'], ['destroyed', 'set fire to'], ['destroyed', 'caved in'],
];

/**
 * Seizing: an abduction (missing) of people, an arrest of suspects ("police seized 3 suspects"), no casualty of things
 * ("seized 12 rifles", "seized 40 kilograms of heroin").
 */
export const EN_SEIZE_PEOPLE = ['seized', 'snatched'];

/** Words whose kind depends on the victim: equipment is destroyed, people are killed ("eliminated 55 tanks"). */
export const EN_BY_GROUP = ['eliminated', 'elimination', 'eliminating', 'neutralized', 'neutralised', 'lost'];

/** Predicates that say a person came out alive or free: a count next to them is no casualty. */
export const EN_NOT_CASUALTY = [
  'rescued', 'saved', 'survived', 'survivors', 'survivor', 'released', 'freed', 'escaped', 'unharmed', 'safe', 'evacuees', 'discharged', 'recovering',
  'pulled alive', 'alive', 'damaged', 'damaging', 'damage',
  // A risk is no casualty yet: "Two million children are at risk of death", "300,000 people face displacement".
  'risk', 'risks', 'threatened', 'threat', 'face', 'faces', 'facing',
  // "51,000 households affected"; "found in cardiac arrest" (the heart's, no arrest).
  'affected', 'cardiac',
];

export const EN_RELEASE = ['released', 'freed', 'rescued', 'saved', 'releases', 'frees', 'rescues'];

/** People a count can name: "a woman was wounded" is one, "both pilots" two. */
export const EN_PERSONS = [
  'person', 'man', 'woman', 'child', 'boy', 'girl', 'baby', 'infant', 'toddler', 'soldier', 'civilian', 'policeman', 'policewoman', 'officer',
  'journalist', 'student', 'worker', 'resident', 'teenager', 'pedestrian', 'passenger', 'driver', 'guard', 'farmer', 'fisherman', 'pilot',
  'shooter', 'gunman', 'attacker', 'bomber', 'suspect', 'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'husband', 'wife', 'miner',
  'firefighter', 'paramedic', 'doctor', 'nurse', 'patient', 'teacher', 'pupil', 'tourist', 'migrant', 'refugee', 'volunteer', 'cyclist',
  'motorist', 'rider', 'climber', 'hiker', 'swimmer', 'sailor', 'crew', 'member', 'protester', 'demonstrator', 'villager', 'employee', 'official',
  'security', 'trooper', 'militant', 'fighter', 'rebel', 'captain', 'commander', 'victim', 'occupant', 'bystander', 'elderly', 'youth', 'labourer',
  'laborer', 'contractor', 'journalist', 'photographer', 'reporter', 'priest', 'imam', 'judge', 'lawyer', 'prisoner', 'inmate', 'detainee',
  'passer-by', 'passerby', 'onlooker', 'shopkeeper', 'vendor', 'trader', 'motorcyclist', 'cameraman', 'soldier', 'jawan', 'constable',
  'neighbour', 'neighbor', 'friend', 'colleague', 'cousin', 'uncle', 'aunt', 'grandmother', 'grandfather', 'nephew', 'niece', 'relative',
  'chief', 'headman', 'leader', 'elder', 'mayor', 'pastor', 'councillor', 'councilor', 'chairman',
  'co-pilot', 'copilot', 'inspector', 'sub-inspector', 'lineman', 'schoolgirl', 'schoolboy', 'grandson', 'granddaughter', 'guardsman', 'engineer', 'technician',
  // Trades and roles a report names one victim by: "a hawker was fatally shot", "a herder was killed".
  'hawker', 'peddler', 'shepherd', 'herder', 'herdsman', 'mechanic', 'tailor', 'porter', 'watchman', 'businessman', 'businesswoman', 'housewife',
  'cleric', 'monk', 'nun', 'preacher', 'cook', 'waiter', 'conductor', 'merchant', 'salesman', 'cashier', 'electrician', 'plumber', 'builder',
  'carpenter', 'welder', 'midwife', 'medic', 'surgeon', 'pharmacist', 'lecturer', 'professor', 'principal', 'headmaster', 'activist', 'blogger',
  'fisherwoman', 'boatman', 'ferryman', 'rickshaw-puller', 'tourist', 'pilgrim', 'worshipper', 'commuter', 'trucker', 'footballer', 'athlete',
];
export const EN_PERSON_PLURALS = [
  'people', 'persons', 'men', 'women', 'children', 'boys', 'girls', 'babies', 'soldiers', 'civilians', 'policemen', 'officers', 'journalists',
  'students', 'workers', 'residents', 'teenagers', 'pedestrians', 'passengers', 'drivers', 'guards', 'farmers', 'fishermen', 'pilots', 'miners',
  'firefighters', 'paramedics', 'doctors', 'nurses', 'patients', 'teachers', 'pupils', 'tourists', 'migrants', 'refugees', 'volunteers',
  'protesters', 'demonstrators', 'villagers', 'employees', 'officials', 'troops', 'militants', 'fighters', 'rebels', 'suspects', 'victims',
  'members', 'others', 'inmates', 'prisoners', 'detainees', 'worshippers', 'crew', 'youths', 'labourers', 'laborers', 'climbers', 'hikers',
  'passers-by', 'passersby', 'onlookers', 'shopkeepers', 'vendors', 'traders', 'motorcyclists', 'jawans', 'constables', 'pilgrims', 'persons',
  'neighbours', 'neighbors', 'friends', 'colleagues', 'relatives', 'cousins', 'siblings', 'sons', 'daughters', 'brothers', 'sisters', 'parents',
  'linemen', 'schoolgirls', 'schoolboys', 'inspectors', 'engineers', 'technicians', 'sailors', 'hostages',
  'hawkers', 'shepherds', 'herders', 'herdsmen', 'mechanics', 'porters', 'watchmen', 'businessmen', 'clerics', 'monks', 'nuns', 'merchants', 'medics',
  'activists', 'commuters', 'truckers', 'footballers', 'athletes',
];
export const EN_OTHERS = ['others', 'more'];

export const EN_EQUIPMENT = [
  'tank', 'tanks', 'vehicle', 'vehicles', 'howitzer', 'howitzers', 'helicopter', 'helicopters', 'aircraft', 'plane', 'planes', 'jet', 'jets',
  'drone', 'drones', 'armoured', 'armored', 'artillery', 'launcher', 'launchers', 'pieces', 'hardware', 'equipment', 'building', 'buildings',
  'home', 'homes', 'house', 'houses', 'bridge', 'bridges', 'boats', 'boat', 'car', 'cars', 'motorcycles', 'motorcycle', 'trucks', 'truck', 'shops',
  'structures', 'dwellings', 'huts', 'schools', 'mosques', 'churches',
];

/** Nouns after a number that make it something other than a count of victims. */
export const EN_NOT_VICTIMS = [
  'hour', 'hours', 'night', 'nights', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'minute', 'minutes', 'second', 'seconds', 'decade', 'decades',
  'percent', 'per', 'dollars', 'euros', 'pounds', 'rupees', 'naira', 'shillings', 'km', 'kilometres', 'kilometers', 'miles', 'mile', 'metres',
  'meters', 'feet', 'ft', 'magnitude', 'degrees', 'shells', 'rockets', 'missiles', 'strikes', 'airstrikes', 'raids', 'attacks', 'aftershocks',
  'times', 'rescuers', 'rescue', 'kg', 'tons', 'tonnes', 'year-old', 'points', 'am', 'pm', 'a.m', 'p.m', 'hectares', 'acres', 'sq', 'square',
  'villages', 'towns', 'cities', 'districts', 'provinces', 'states', 'countries', 'beds', 'ambulances', 'teams', 'flights', 'counts', 'charges',
  'rounds', 'bullets', 'explosions', 'blasts', 'incidents', 'fires', 'cases', 'litres', 'liters', 'gallons', 'mw', 'storeys',
  'hamlets', 'settlements', 'neighbourhoods', 'neighborhoods',
  'floors', 'seats', 'votes', 'hospital', 'hospitals', 'clinics', 'schools', 'shelters', 'camps',
  // Animals and things: "bird flu killed 2,000 chickens", "killed two birds with one stone", "seized 30 weapons".
  'birds', 'chickens', 'poultry', 'cattle', 'livestock', 'animals', 'goats', 'sheep', 'cows', 'buffaloes', 'camels', 'stone', 'weapons', 'rifles',
  'guns', 'pistols', 'centres', 'centers',
  // Measures and seizures: "rose to 64 centimetres", "seized 2.1 million pills".
  'cm', 'centimetres', 'centimeters', 'mm', 'millimetres', 'millimeters', 'inches', 'inch', 'grams', 'kilograms', 'kilos', 'pills',
  'tablets', 'packets', 'bags', 'cartons', 'barrels', 'bottles', 'doses',
];

/** Words right before a number that make it an age, a time, a measure, a name or a rank. */
export const EN_NOT_COUNT_BEFORE = [
  'aged', 'age', 'ages', 'year', 'no', 'number', 'route', 'highway', 'runway', 'flight', 'gate', 'platform', 'magnitude', 'covid', 'article',
  'section', 'chapter', 'paragraph', 'resolution', 'boeing', 'airbus', 'f', 'su', 'mig', 'model', 'version', 'level', 'category', 'grade', 'class',
  'page', 'room', 'ward', 'block', 'sector', 'zone', 'brigade', 'division', 'battalion', 'regiment', 'unit', 'squad', 'team', 'father', 'mother',
  'rated', 'scored', 'rescue', 'emergency', 'helpline', 'hotline', 'dial', 'call', 'rs', 'inr', 'usd', 'eur', 'ksh', 'aud',
  // A rate: "12 deaths per 100,000 people".
  'per',
];

export const EN_TOLL = ['toll', 'tally', 'number', 'count', 'figure', 'total'];
export const EN_RISE = [...inflect('rise', 'climb', 'increase', 'jump'), 'rose', 'risen', 'up',
  // Raising a toll: "raising the death toll from 16 to 18", "bringing the toll from 40 to 43".
  ...inflect('raise', 'push'), 'bringing', 'brought'];
export const EN_WAS = ['was', 'were', 'had been', 'stood'];
export const EN_REACH = ['reached', 'reach', 'reaches', 'hit', 'stands', 'stood'];

/** Verbs of bringing bodies out ("15 had been pulled from the water"): a count they govern is of the dead counted before it. */
export const EN_RECOVER = ['recovered', 'retrieved', 'pulled', 'fished', 'exhumed', 'extracted'];
/** Finding or reporting victims: "two more were found later" continues the count before. */
export const EN_DISCOVER = ['found', 'discovered', 'located', 'identified', 'confirmed', 'reported', 'brought', 'counted', 'listed', 'buried', 'added'];
/** A search "for" a count is for the missing ("the search continues for the remaining 14"). */
export const EN_SEARCH = ['search', 'searches', 'searching', 'searched', 'hunt', 'hunting', 'looking'];
/** Whom a search is for when they are no victims: "looking for 3 suspects". */
export const EN_SOUGHT = ['suspect', 'suspects', 'gunman', 'gunmen', 'attacker', 'attackers', 'assailants', 'robbers', 'fugitives', 'escapees', 'killers', 'culprits'];
