import { describe, expect, it } from 'vitest';
import { channelsOf, compileChannelRules, guessChannel } from '../../../../pipeline/ingest/channel-guess.ts';
import { ActorInput, ChannelInput } from '../../../../pipeline/input-schemas.ts';
import { loadRegistry } from '../../../ingest-eval/evaluate.ts';

const side = (offices: string[], actors: string[] = []) => ({ offices, actors });
const channel = (id: string, name: string, shortName: string, us: ReturnType<typeof side>, prc: ReturnType<typeof side>) =>
  ChannelInput.parse({ id, name, shortName, description: 'd', mechanism: 'm', us, prc });
const CHANNELS = [
  channel('leaders', "Leaders' channel", 'Leaders', side(['President of the United States']), side(['President of the PRC'], ['cmc'])),
  channel('defense-ministers', "Defense ministers' channel", 'Defense ministers', side(['Secretary of Defense'], ['us-dod']), side(['Minister of National Defense'], ['cmc'])),
  channel('mmca', 'Military Maritime Consultative Agreement talks', 'MMCA', side(['US Pacific Fleet']), side(['PLA Navy'])),
  channel('hotline-2030', 'Space traffic hotline', 'Space hotline', side(['Space Command']), side(['PLA Aerospace Force'])),
  channel('overall', 'Military relations overall', 'Overall', side(['Department of Defense'], ['us-dod']), side(['Central Military Commission'], ['cmc'])),
];
const ACTORS = [
  ActorInput.parse({ id: 'us-dod', name: 'US Department of Defense', side: 'us', kind: 'organization' }),
  ActorInput.parse({ id: 'cmc', name: 'Central Military Commission', side: 'prc', kind: 'organization' }),
  ActorInput.parse({ id: 'lloyd-austin', name: 'Lloyd Austin', side: 'us', kind: 'civilian-official', roles: [{ title: 'Secretary of Defense', organization: 'us-dod' }] }),
  ActorInput.parse({ id: 'joe-biden', name: 'Joe Biden', side: 'us', kind: 'leader', shortNames: ['Biden'] }),
];
const rules = compileChannelRules(CHANNELS, ACTORS);
const guess = (text: string, actors: string[] = []) => guessChannel(text, actors, rules)?.channel ?? null;

describe('guessChannel', () => {
  it.each([
    ['a keyword', 'Chinese Defense Minister Dong Jun held a video call', [], 'defense-ministers'],
    ['a mechanism by its registry name', 'The Military Maritime Consultative Agreement talks resumed.', [], 'mmca'],
    ['a channel the keyword table does not know, by its registry name', 'Officials tested the space traffic hotline.', [], 'hotline-2030'],
    ['a person whose role is an office of the channel', 'Austin and Dong last met in Singapore.', ['lloyd-austin'], 'defense-ministers'],
    ['a leader by surname alone', 'Biden and Xi would speak by phone.', [], 'leaders'],
    ['a general word', 'The two militaries agreed to keep talking.', [], 'overall'],
  ])('%s', (_name, text, actors, expected) => {
    expect(guess(text, actors)).toBe(expected);
  });

  it('nothing when nothing points anywhere: the caller decides', () => {
    expect(guess('The previous round was held in Qingdao.')).toBeNull();
    expect(rules.fallback).toBe('overall');
  });

  it('an organisation on many channels alone is not enough (the Department of Defense, on the project registry)', () => {
    const r = loadRegistry();
    const project = compileChannelRules(r.channels, r.actors);
    expect(guessChannel('They met.', ['us-dod'], project)).toBeNull();
    expect(guessChannel('They met.', ['us-jcs'], project)?.channel).toBe('chiefs');
  });
});

describe('channelsOf: every mechanism a clause names, strongest first', () => {
  it('on the project registry', () => {
    const r = loadRegistry();
    const project = compileChannelRules(r.channels, r.actors);
    const text = 'It would cancel China-U.S. theatre commanders talks, defence policy coordination talks and military maritime consultative mechanism meetings.';
    expect(new Set(channelsOf(text, project))).toEqual(new Set(['theater-commanders', 'dpct', 'mmca']));
  });
});
