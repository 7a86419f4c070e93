// Word lists for the bench corpus generator (generate-corpus.ts). Plain data: names, places,
// outlets, organisations and channels that read like the real sources. Surnames that are also
// ordinary capitalised words ("White", "Long", "Hong" as in Hong Kong, "He" as in "He said")
// are left out on purpose: a one-word short name matches case-exactly, and the generated text
// should test the matcher, not trip it with homographs the registry would never hold.

export const US_FIRST = `James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob
Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick Frank Raymond
Jack Dennis Jerry Tyler Aaron Henry Douglas Peter Adam Nathan Zachary Walter Kyle Harold Carl Jeremy Keith Roger Gerald
Ethan Arthur Terry Christian Sean Lawrence Noah Jesse Albert Bryan Bruce Dylan Alan Ralph Gabriel Roy Wayne Eugene Logan
Randy Louis Russell Vincent Philip Bradley Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa
Nancy Sandra Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura
Cynthia Kathleen Amy Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine Christine Helen Debra Rachel
Carolyn Janet Maria Catherine Heather Diane Olivia Julie Joyce Victoria Lauren Kelly Christina Joan Evelyn Judith
Andrea Hannah Megan Cheryl Jacqueline Martha Teresa Gloria Janice Ann Kathryn Abigail Sophia Frances Alice Judy Julia
Amber Denise Danielle Marilyn Beverly Charlotte Natalie Theresa Diana Brittany Doris Kayla Alexis Lori Marie Ely Lloyd
Jereal Ashton Caspar Elbridge Colin Duncan Graham Ivan Mitchell Oscar Quentin Rudy Spencer Trent Wesley`
  .split(/\s+/)
  .filter(Boolean);

export const US_SURNAMES = `Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez
Wilson Anderson Taylor Moore Jackson Martin Perez Thompson Harris Sanchez Clark Ramirez Lewis Robinson Walker Allen
Wright Torres Nguyen Flores Adams Nelson Baker Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz
Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey
Howard Ramos Richardson Watson Brooks Chavez Bennett Mendoza Ruiz Hughes Alvarez Castillo Sanders Patel Myers Ross
Foster Jimenez Jenkins Perry Russell Sullivan Coleman Butler Henderson Barnes Fisher Vasquez Simmons Romero Patterson
Hamilton Graham Reynolds Griffin Wallace Moreno Hayes Bryant Herrera Gibson Ellis Medina Aguilar Stevens Murray Castro
Owens Harrison Fernandez McDonald Kennedy Vargas Freeman Tucker Guzman Burns Crawford Olson Simpson Mendez Silva Snyder
Dixon Munoz Hicks Holmes Palmer Wagner Robertson Boyd Salazar Warren Meyer Schmidt Garza Daniels Ferguson Nichols
Stephens Soto Weaver Gardner Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Bradley Elliott
Cunningham Duncan Armstrong Hudson Carroll Riley Andrews Alvarado Delgado Berry Perkins Hoffman Johnston Matthews Pena
Richards Contreras Willis Sandoval Guerrero Chapman Rios Estrada Ortega Watkins Greene Nunez Wheeler Valdez Harper Burke
Larson Santiago Maldonado Morrison Franklin Carlson Dominguez Lawson Jacobs Lynch Vega Montgomery Jensen Harvey
Williamson Gilbert Sims Espinoza Howell Aquilino Esper Austin Milley Ratner Ryder Dorsey Paparo Kirby Hegseth Brunson
Koehler Kritenbrink Sacks Haines Shanahan Mattis Dunford Harris Davidson Votel Locklear Roughead Greenert Swift
Scher Sbragia Lavender Stilwell Thornberry Kaine Risch Menendez Inhofe Wicker Gallagher Krishnamoorthi Moolenaar`
  .split(/\s+/)
  .filter(Boolean);

/** Nicknames: an actor named "Pat Ryder" has the alias "Patrick Ryder", and the other way round. */
export const NICKNAMES: Record<string, string> = {
  Patrick: 'Pat', William: 'Bill', Robert: 'Bob', Michael: 'Mike', James: 'Jim', Thomas: 'Tom', Charles: 'Chuck',
  Richard: 'Rick', Joseph: 'Joe', Daniel: 'Dan', Christopher: 'Chris', Anthony: 'Tony', Kenneth: 'Ken', Steven: 'Steve',
  Jeffrey: 'Jeff', Edward: 'Ed', Matthew: 'Matt', Samuel: 'Sam', Benjamin: 'Ben', Nicholas: 'Nick', Timothy: 'Tim',
  Gregory: 'Greg', Jennifer: 'Jen', Katherine: 'Kate', Elizabeth: 'Liz', Rebecca: 'Becky', Margaret: 'Peggy',
  Douglas: 'Doug', Raymond: 'Ray', Gerald: 'Jerry', Lawrence: 'Larry', Kimberly: 'Kim', Deborah: 'Deb',
};

/** First names one letter apart: two different people, "distinct people with similar names stay distinct". */
export const US_LOOKALIKE_FIRST: [string, string][] = [
  ['Brian', 'Bryan'], ['John', 'Jon'], ['Steven', 'Stephen'], ['Catherine', 'Katherine'], ['Sarah', 'Sara'],
  ['Eric', 'Erik'], ['Alan', 'Allan'], ['Jeffrey', 'Geoffrey'], ['Philip', 'Phillip'], ['Matthew', 'Mathew'],
  ['Ann', 'Anne'], ['Carl', 'Karl'], ['Marc', 'Mark'], ['Teresa', 'Theresa'],
];

export const PRC_SURNAMES = `Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin Guo Ma Luo Liang Song Zheng
Xie Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai
Xia Zhong Tian Ren Fan Fang Yao Tan Liao Zou Xiong Jin Hao Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng Wan Duan Lei Qian
Yin Chang Wen Lai Niu Geng Miao Zhai Qi Ni`
  .split(/\s+/)
  .filter(Boolean);

export const PRC_GIVEN_FIRST = `Qi Zhen Shang Feng Xue You Wei Jian Guo Hai Jun Ming Xiao Yong Zhi Xin Hua Jia Li Yi Zhong Chang
De Wen Bao Shao Rui Sheng Tao Dong Xiang Kai Peng Ze Yan Chun Qing Ning Hui Bin Lei Bo Gang Hao Jie Lin Song Tian Yuan
Cheng Fu Gui Jin Kun Min Ping Quan Rong Shu Ting Ya Zi Le Xu`
  .split(/\s+/)
  .filter(Boolean);

export const PRC_GIVEN_SECOND = `liang li fu he ping xia dong jun ming hua guo qiang feng gang hai jie lin long min ning peng qing rong
sheng tao wei wen xin yang yi yong yu zhong bo chao hui kang lei nan shan tian xiang yuan zhi ling hong bin cheng chun hao
xiong ying`
  .split(/\s+/)
  .filter(Boolean);

/** Second syllables that differ by a letter or two: "Xu Qiliang" and "Xu Qiling" are two generals. */
export const PRC_LOOKALIKE_SECOND: [string, string][] = [
  ['liang', 'ling'], ['ming', 'min'], ['hua', 'hui'], ['jun', 'jin'], ['qiang', 'qing'], ['yang', 'yan'],
  ['feng', 'fen'], ['gang', 'guang'], ['sheng', 'shen'], ['cheng', 'chen'], ['xiang', 'xian'], ['long', 'lang'],
];

export const PLACES = `Singapore|Beijing|Washington|Phnom Penh|Jakarta|Honolulu|Hanoi|Kuala Lumpur|Suva|Bangkok|Manila|Tokyo|Seoul|
Canberra|San Francisco|Bali|Vientiane|Qingdao|Shanghai|Guangzhou|Zhanjiang|Hawaii|Camp Smith|Bandar Seri Begawan|Halifax|
Munich|Wellington|Port Moresby|Colombo|New Delhi`
  .split('|')
  .map((s) => s.trim());

export const FORUMS = [
  'Shangri-La Dialogue',
  'Xiangshan Forum',
  "ASEAN Defence Ministers' Meeting-Plus",
  'Western Pacific Naval Symposium',
  'Indo-Pacific Chiefs of Defense Conference',
  'Pacific Armies Chiefs Conference',
  'Halifax International Security Forum',
  'Munich Security Conference',
  'Group of 20 summit',
  'Asia-Pacific Economic Cooperation summit',
  'International Seapower Symposium',
  'Seoul Defense Dialogue',
];

export const TOPICS = [
  'maritime safety',
  'crisis communication',
  'the Taiwan Strait',
  'the South China Sea',
  'nuclear risk reduction',
  'military medicine',
  'search and rescue at sea',
  'unsafe air intercepts',
  'space operations',
  'cyber incidents',
  'humanitarian relief and disaster reduction',
  'the recovery of missing personnel',
  'counter-piracy operations',
  'encounters between naval vessels',
  'the Korean Peninsula',
  'arms control',
  'the use of artificial intelligence in military systems',
  'military exercises near Taiwan',
  'freedom of navigation operations',
  'the rules for unplanned encounters at sea',
  'export controls on military technology',
  'the war in Ukraine',
  'hypersonic weapons tests',
  'the East China Sea',
  'surveillance flights',
];

export const TRIGGERS = [
  'a visit to Taiwan by the Speaker of the US House of Representatives',
  'a new package of US arms sales to Taiwan',
  'US sanctions on a Chinese defense official',
  'the shooting down of a Chinese surveillance balloon',
  'a near-collision between warships in the Taiwan Strait',
  'a freedom of navigation operation near the Paracel Islands',
  'the collision of a US surveillance plane with a Chinese fighter',
  'the transit of a Taiwanese leader through the United States',
  'large-scale PLA exercises around Taiwan',
  'the detention of a US Navy underwater drone',
  'a dispute over a Chinese research vessel',
  'the publication of a new US defense strategy',
];

export const INCIDENTS = [
  'An unsafe intercept of a US reconnaissance aircraft by a PLA fighter',
  'A close encounter between a Chinese destroyer and a US cruiser',
  'The seizure of a US Navy underwater drone',
  'A collision between a Chinese fighter and a US surveillance plane',
  'The flight of a Chinese high-altitude balloon over the continental United States',
  'A laser pointed at a US aircraft from a Chinese vessel',
  'The harassment of a US survey ship by Chinese maritime militia boats',
  'A blockade drill by the PLA around Taiwan',
];

export const OUTLETS: { name: string; style: ArticleStyle; weight: number; site?: string }[] = [
  { name: 'Global Times', style: 'signature', weight: 8 },
  { name: 'South China Morning Post', style: 'deks', weight: 9 },
  { name: 'Reuters', style: 'wire', weight: 8 },
  { name: 'Associated Press', style: 'wire', weight: 6 },
  { name: 'Agence France-Presse', style: 'wire', weight: 4 },
  { name: 'Xinhua', style: 'signature', weight: 6 },
  { name: 'China Daily', style: 'signature', weight: 5 },
  { name: 'Defense News', style: 'plain', weight: 5 },
  { name: 'Breaking Defense', style: 'plain', weight: 3 },
  { name: 'The Diplomat', style: 'plain', weight: 4 },
  { name: 'Nikkei Asia', style: 'plain', weight: 3 },
  { name: 'Stars and Stripes', style: 'plain', weight: 4 },
  { name: 'Military Times', style: 'plain', weight: 3 },
  { name: 'China-Arms', style: 'wordpress', weight: 5, site: 'China-Arms' },
  { name: 'Pacific Defense Watch', style: 'wordpress', weight: 3, site: 'Pacific Defense Watch' },
  { name: 'Strait Times Review', style: 'wordpress', weight: 2, site: 'Strait Times Review' },
  { name: 'Asia Military Review', style: 'wordpress', weight: 2, site: 'Asia Military Review' },
  { name: 'CGTN', style: 'signature', weight: 3 },
  { name: 'Voice of America', style: 'plain', weight: 3 },
  { name: 'Radio Free Asia', style: 'plain', weight: 2 },
  { name: 'Lianhe Zaobao', style: 'plain', weight: 2 },
  { name: 'Taipei Times', style: 'deks', weight: 2 },
  { name: 'Kyodo News', style: 'wire', weight: 2 },
  { name: 'The Straits Times', style: 'deks', weight: 2 },
  { name: 'Politico', style: 'plain', weight: 2 },
];

export type ArticleStyle = 'plain' | 'signature' | 'wire' | 'deks' | 'wordpress';

export const BYLINE_NAMES = `Catherine Wong|Minnie Chan|Liu Zhen|Idrees Ali|Phil Stewart|Lolita Baldor|Tara Copp|Jack Detsch|
Lara Seligman|Demetri Sevastopulo|Yew Lun Tian|Brad Lendon|Lily Kuo|Chris Buckley|Helene Cooper|David Vergun|Jim Garamone|
Joseph Clark|Yang Sheng|Guo Yuandan|Leng Shumei|Zhang Han|Amber Wang|Kawala Xie|Jesse Johnson|Gordon Lubold`
  .split('|')
  .map((s) => s.trim());

/** Experts quoted in the text who are not in the registry: the pipeline should list them as unlinked names. */
export const EXPERT_INSTITUTIONS = [
  'Renmin University',
  'the Shanghai Academy of Social Sciences',
  'the National University of Singapore',
  'the S. Rajaratnam School of International Studies',
  'the Center for a New American Security',
  'the Lowy Institute',
  'the International Institute for Strategic Studies',
  'Fudan University',
  'the Stimson Center',
  'the Hudson Institute',
];

export const EXPERT_LINES = [
  'Both sides know that a misunderstanding at sea could escalate quickly',
  'Talking does not mean agreeing, but not talking is far more dangerous',
  'The channels exist on paper, but nobody picks up the phone when it matters',
  'Beijing sees military contacts as a reward, not a safety net',
  'Washington wants guardrails, while Beijing wants respect for its red lines',
  'The resumption is a modest step, and it can be reversed at any time',
  'Neither military wants to be seen as the one asking for talks',
  'Working-level contacts are where the real risk reduction happens',
  'These meetings send a signal to domestic audiences on both sides',
  'The danger is that an accident happens before the hotline is answered',
];

export const CHANNEL_DEFS: { id: string; name: string; shortName: string; phrase: string; mechanism: string; purpose: string }[] = [
  { id: 'leaders', name: "Leaders' channel", shortName: 'Leaders', phrase: 'leaders’ channel', mechanism: 'Head-of-state diplomacy', purpose: 'settle the direction of military ties at the top' },
  { id: 'defense-ministers', name: "Defense ministers' channel", shortName: 'Defense ministers', phrase: 'defense ministers’ channel', mechanism: 'Defense Telephone Link and in-person meetings', purpose: 'let the two defense chiefs talk directly' },
  { id: 'chiefs', name: "Chiefs' channel", shortName: 'Chiefs', phrase: 'chiefs of staff channel', mechanism: 'Chief-of-defence calls and video teleconferences', purpose: 'connect the two senior uniformed officers' },
  { id: 'theater-commanders', name: "Theater commanders' channel", shortName: 'Theater commanders', phrase: 'theater commanders’ channel', mechanism: 'Theater-level commander talks and calls', purpose: 'connect commanders whose forces operate near each other' },
  { id: 'dpct', name: 'Defense Policy Coordination Talks', shortName: 'DPCT', phrase: 'Defense Policy Coordination Talks', mechanism: 'Defense Policy Coordination Talks', purpose: 'review defense policy once a year' },
  { id: 'mmca', name: 'Military Maritime Consultative Agreement talks', shortName: 'MMCA', phrase: 'Military Maritime Consultative Agreement talks', mechanism: 'Military Maritime Consultative Agreement (1998)', purpose: 'improve safety at sea and in the air' },
  { id: 'crisis-communication', name: 'Crisis communication', shortName: 'Crisis comms', phrase: 'crisis communication working group', mechanism: 'Crisis Communication Working Group', purpose: 'keep the two militaries talking in a crisis' },
  { id: 'working-level', name: 'Working-level military diplomacy', shortName: 'Working level', phrase: 'working-level military diplomatic channels', mechanism: 'Military diplomatic channels', purpose: 'handle routine contact between the defense establishments' },
  { id: 'hadr', name: 'Humanitarian assistance and disaster relief exchanges', shortName: 'HA/DR', phrase: 'disaster relief exchanges', mechanism: 'Military humanitarian relief and disaster reduction exchanges', purpose: 'practise cooperation in disaster relief' },
  { id: 'multilateral-sidelines', name: 'Senior officers at multilateral meetings', shortName: 'Multilateral sidelines', phrase: 'talks on the sidelines of multilateral meetings', mechanism: 'Sidelines of regional military conferences', purpose: 'allow contact outside bilateral mechanisms' },
  { id: 'overall', name: 'Military relations overall', shortName: 'Overall', phrase: 'military-to-military relationship', mechanism: 'All channels together', purpose: 'carry the relationship as a whole' },
  { id: 'defense-telephone-link', name: 'Defense Telephone Link', shortName: 'DTL', phrase: 'Defense Telephone Link', mechanism: 'Defense Telephone Link (2008)', purpose: 'give the defense leaders a secure hotline' },
  { id: 'eastern-theater-talks', name: 'Eastern Theater Command talks', shortName: 'Eastern Theater', phrase: 'Eastern Theater Command talks', mechanism: 'Theater commander dialogue', purpose: 'connect INDOPACOM with the command facing Taiwan' },
  { id: 'southern-theater-talks', name: 'Southern Theater Command talks', shortName: 'Southern Theater', phrase: 'Southern Theater Command talks', mechanism: 'Theater commander dialogue', purpose: 'connect INDOPACOM with the command facing the South China Sea' },
  { id: 'northern-theater-talks', name: 'Northern Theater Command talks', shortName: 'Northern Theater', phrase: 'Northern Theater Command talks', mechanism: 'Theater commander dialogue', purpose: 'discuss the Korean Peninsula at command level' },
  { id: 'navy-to-navy', name: 'Navy-to-navy talks', shortName: 'Navy talks', phrase: 'navy-to-navy talks', mechanism: 'Naval staff talks', purpose: 'connect the two navies’ staffs' },
  { id: 'air-force-talks', name: 'Air force staff talks', shortName: 'Air force talks', phrase: 'air force staff talks', mechanism: 'Air force staff talks', purpose: 'connect the two air forces’ staffs' },
  { id: 'army-dialogue', name: 'Army-to-army dialogue', shortName: 'Army dialogue', phrase: 'army-to-army dialogue', mechanism: 'Disaster Management Exchange and army dialogue', purpose: 'bring the two armies together on practical tasks' },
  { id: 'maritime-safety-wg', name: 'Maritime safety working group', shortName: 'Maritime safety WG', phrase: 'maritime safety working group', mechanism: 'MMCA working groups', purpose: 'review unsafe encounters at sea' },
  { id: 'air-safety-wg', name: 'Air safety working group', shortName: 'Air safety WG', phrase: 'air safety working group', mechanism: 'MMCA working groups', purpose: 'review unsafe encounters in the air' },
  { id: 'nuclear-risk', name: 'Nuclear risk reduction talks', shortName: 'Nuclear risk', phrase: 'nuclear risk reduction talks', mechanism: 'Arms control and strategic stability consultations', purpose: 'reduce the risk of nuclear miscalculation' },
  { id: 'space-security', name: 'Space security dialogue', shortName: 'Space', phrase: 'space security dialogue', mechanism: 'Space security consultations', purpose: 'avoid incidents in orbit' },
  { id: 'cyber-dialogue', name: 'Cyber dialogue', shortName: 'Cyber', phrase: 'military cyber dialogue', mechanism: 'Cyber working group', purpose: 'discuss military operations in cyberspace' },
  { id: 'ai-military', name: 'Talks on AI in military systems', shortName: 'Military AI', phrase: 'talks on artificial intelligence in military systems', mechanism: 'Intergovernmental AI dialogue', purpose: 'keep humans in control of critical decisions' },
  { id: 'missing-personnel', name: 'Missing personnel accounting', shortName: 'POW/MIA', phrase: 'missing personnel accounting cooperation', mechanism: 'Defense POW/MIA Accounting cooperation', purpose: 'recover the remains of missing service members' },
  { id: 'military-medicine', name: 'Military medicine exchanges', shortName: 'Medicine', phrase: 'military medicine exchanges', mechanism: 'Military medical cooperation', purpose: 'share practice in military medicine' },
  { id: 'academy-exchanges', name: 'Defense university exchanges', shortName: 'Academies', phrase: 'defense university exchanges', mechanism: 'Professional military education exchanges', purpose: 'bring future commanders together' },
  { id: 'port-calls', name: 'Ship visits and port calls', shortName: 'Port calls', phrase: 'programme of ship visits', mechanism: 'Reciprocal port calls', purpose: 'build familiarity between crews' },
  { id: 'coast-guard', name: 'Coast guard liaison', shortName: 'Coast guard', phrase: 'coast guard liaison', mechanism: 'North Pacific Coast Guard cooperation', purpose: 'coordinate fisheries enforcement and rescue' },
  { id: 'exercises', name: 'Multinational exercise participation', shortName: 'Exercises', phrase: 'invitations to multinational exercises', mechanism: 'Exercise invitations', purpose: 'let the two militaries train side by side' },
  { id: 'strategic-security-dialogue', name: 'Strategic Security Dialogue', shortName: 'SSD', phrase: 'Strategic Security Dialogue', mechanism: 'Strategic and Economic Dialogue track', purpose: 'discuss strategic security issues with civilians present' },
  { id: 'asia-security-consultations', name: 'Asia-Pacific security consultations', shortName: 'Asia consultations', phrase: 'Asia-Pacific security consultations', mechanism: 'Regional security consultations', purpose: 'compare assessments of regional security' },
  { id: 'defense-consultative-talks', name: 'Defense Consultative Talks', shortName: 'DCT', phrase: 'Defense Consultative Talks', mechanism: 'Defense Consultative Talks', purpose: 'set the annual agenda of military exchanges' },
  { id: 'joint-staff-dialogue', name: 'Joint Staff Dialogue Mechanism', shortName: 'JSDM', phrase: 'Joint Staff Dialogue Mechanism', mechanism: 'Joint Staff Dialogue Mechanism (2017)', purpose: 'connect the two joint staffs' },
  { id: 'counter-piracy', name: 'Counter-piracy cooperation', shortName: 'Counter-piracy', phrase: 'counter-piracy cooperation in the Gulf of Aden', mechanism: 'Combined counter-piracy exercises', purpose: 'protect shipping off the Horn of Africa' },
  { id: 'peacekeeping', name: 'Peacekeeping exchanges', shortName: 'Peacekeeping', phrase: 'peacekeeping exchanges', mechanism: 'UN peacekeeping training exchanges', purpose: 'share experience of UN missions' },
  { id: 'arms-control', name: 'Arms control consultations', shortName: 'Arms control', phrase: 'arms control consultations', mechanism: 'Arms control and nonproliferation consultations', purpose: 'discuss arms control and nonproliferation' },
  { id: 'taiwan-strait-deconfliction', name: 'Taiwan Strait deconfliction', shortName: 'Strait deconfliction', phrase: 'deconfliction arrangements in the Taiwan Strait', mechanism: 'Operational deconfliction', purpose: 'prevent accidents during transits of the strait' },
  { id: 'south-china-sea-deconfliction', name: 'South China Sea deconfliction', shortName: 'SCS deconfliction', phrase: 'deconfliction contacts in the South China Sea', mechanism: 'Operational deconfliction', purpose: 'prevent accidents near disputed features' },
  { id: 'track-two', name: 'Track-two military dialogue', shortName: 'Track two', phrase: 'track-two dialogue with retired officers', mechanism: 'Unofficial dialogue', purpose: 'test ideas outside official channels' },
];

/** Organisations: [id, name, side, aliases (full forms), acronym (one-word alias, case-exact)]. */
export const ORGANIZATIONS: [string, string, 'us' | 'prc' | 'other', string[], string?][] = [
  ['us-dod', 'US Department of Defense', 'us', ['Department of Defense', 'Defense Department'], 'Pentagon'],
  ['us-jcs', 'Joint Chiefs of Staff', 'us', ['US Joint Chiefs of Staff'], undefined],
  ['indopacom', 'US Indo-Pacific Command', 'us', ['Indo-Pacific Command'], 'INDOPACOM'],
  ['pacific-fleet', 'US Pacific Fleet', 'us', ['Pacific Fleet'], undefined],
  ['pacaf', 'Pacific Air Forces', 'us', [], 'PACAF'],
  ['usarpac', 'US Army Pacific', 'us', [], 'USARPAC'],
  ['marforpac', 'US Marine Corps Forces, Pacific', 'us', ['Marine Forces Pacific'], 'MARFORPAC'],
  ['seventh-fleet', 'US 7th Fleet', 'us', ['Seventh Fleet', '7th Fleet'], undefined],
  ['third-fleet', 'US 3rd Fleet', 'us', ['Third Fleet', '3rd Fleet'], undefined],
  ['us-state', 'US Department of State', 'us', ['State Department'], undefined],
  ['us-nsc', 'National Security Council', 'us', ['US National Security Council'], 'NSC'],
  ['us-coast-guard', 'US Coast Guard', 'us', [], undefined],
  ['us-ndu', 'US National Defense University', 'us', [], undefined],
  ['us-naval-war-college', 'US Naval War College', 'us', ['Naval War College'], undefined],
  ['dpaa', 'Defense POW/MIA Accounting Agency', 'us', [], 'DPAA'],
  ['dia', 'Defense Intelligence Agency', 'us', [], 'DIA'],
  ['dtra', 'Defense Threat Reduction Agency', 'us', [], 'DTRA'],
  ['us-space-command', 'US Space Command', 'us', [], 'SPACECOM'],
  ['us-cyber-command', 'US Cyber Command', 'us', [], 'CYBERCOM'],
  ['usfj', 'US Forces Japan', 'us', [], 'USFJ'],
  ['usfk', 'US Forces Korea', 'us', [], 'USFK'],
  ['osd-policy', 'Office of the Under Secretary of Defense for Policy', 'us', [], undefined],
  ['house-armed-services', 'House Armed Services Committee', 'us', [], undefined],
  ['senate-armed-services', 'Senate Armed Services Committee', 'us', [], undefined],
  ['prc-mnd', 'Ministry of National Defense', 'prc', ['Chinese Ministry of National Defense', 'Chinese Defense Ministry'], 'MND'],
  ['prc-mfa', 'Ministry of Foreign Affairs', 'prc', ['Chinese Foreign Ministry'], undefined],
  ['cmc', 'Central Military Commission', 'prc', [], 'CMC'],
  ['cmc-jsd', 'Joint Staff Department of the Central Military Commission', 'prc', ['CMC Joint Staff Department'], undefined],
  ['cmc-oimc', 'Office for International Military Cooperation', 'prc', ['CMC Office for International Military Cooperation'], 'OIMC'],
  ['cmc-pwd', 'Political Work Department of the Central Military Commission', 'prc', [], undefined],
  ['cmc-lsd', 'Logistic Support Department of the Central Military Commission', 'prc', [], undefined],
  ['cmc-edd', 'Equipment Development Department of the Central Military Commission', 'prc', [], undefined],
  ['cmc-tad', 'Training and Administration Department of the Central Military Commission', 'prc', [], undefined],
  ['cmc-ndmd', 'National Defense Mobilization Department of the Central Military Commission', 'prc', [], undefined],
  ['cmc-stc', 'Science and Technology Commission of the Central Military Commission', 'prc', [], undefined],
  ['cmc-spo', 'Strategic Planning Office of the Central Military Commission', 'prc', [], undefined],
  ['pla', "People's Liberation Army", 'prc', ['Chinese People’s Liberation Army'], 'PLA'],
  ['plan', 'PLA Navy', 'prc', ['Chinese navy'], 'PLAN'],
  ['plaaf', 'PLA Air Force', 'prc', ['Chinese air force'], 'PLAAF'],
  ['plarf', 'PLA Rocket Force', 'prc', [], 'PLARF'],
  ['pla-eastern-theater', 'PLA Eastern Theater Command', 'prc', ['Eastern Theater Command'], undefined],
  ['pla-southern-theater', 'PLA Southern Theater Command', 'prc', ['Southern Theater Command'], undefined],
  ['pla-northern-theater', 'PLA Northern Theater Command', 'prc', ['Northern Theater Command'], undefined],
  ['pla-western-theater', 'PLA Western Theater Command', 'prc', ['Western Theater Command'], undefined],
  ['pla-central-theater', 'PLA Central Theater Command', 'prc', ['Central Theater Command'], undefined],
  ['pla-ndu', 'PLA National Defense University', 'prc', [], undefined],
  ['pla-ams', 'Academy of Military Science', 'prc', ['PLA Academy of Military Science'], 'AMS'],
  ['china-coast-guard', 'China Coast Guard', 'prc', [], undefined],
  ['north-sea-fleet', 'North Sea Fleet', 'prc', [], undefined],
  ['east-sea-fleet', 'East Sea Fleet', 'prc', [], undefined],
  ['south-sea-fleet', 'South Sea Fleet', 'prc', [], undefined],
  ['ciiss', 'China Institute for International Strategic Studies', 'prc', [], 'CIISS'],
  ['tsinghua-ciss', 'Center for International Security and Strategy', 'prc', [], 'CISS'],
  ['asean', 'Association of Southeast Asian Nations', 'other', [], 'ASEAN'],
  ['japan-mod', 'Japanese Ministry of Defense', 'other', [], undefined],
  ['australia-defence', 'Australian Department of Defence', 'other', [], undefined],
  ['singapore-mindef', 'Singapore Ministry of Defence', 'other', [], 'MINDEF'],
  ['philippine-coast-guard', 'Philippine Coast Guard', 'other', [], undefined],
  ['iiss', 'International Institute for Strategic Studies', 'other', [], 'IISS'],
];
