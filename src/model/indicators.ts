import type { IndicatorId } from './ids';

/** What an indicator means to a player, and which source paragraphs speak to it. */
export interface IndicatorDoc {
  label: string;
  /** A word or two (at most 12 characters), where the full label does not fit: compact cards. */
  short: string;
  /** One or two sentences: what a high value means. */
  meaning: string;
  /** Source paragraphs (`001:14`) that discuss what this indicator measures. */
  sources: string[];
}

/**
 * Documentation of every indicator: its sources, and its words in English for the command line
 * and the README. A page shows the words from the catalog, in its language
 * (src/i18n/names.ts, `common.indicator.*`), which keeps the same English.
 */
export const INDICATOR_DOCS: Record<IndicatorId, IndicatorDoc> = {
  nkMissileCapability: {
    label: "North Korea's missile capability",
    short: 'NK missiles',
    meaning:
      'How far Pyongyang has got toward reliable, mobile, nuclear-capable missiles that can reach US bases and the US itself. Every test teaches its engineers something.',
    sources: ['001:6', '001:7', '001:13', '003:1', '003:3', '004:10'],
  },
  nkTestingDrive: {
    label: "Pyongyang's drive to test",
    short: 'Urge to test',
    meaning:
      'How strongly the North Korean leadership is inclined to launch next: raised by pressure that comes with no offer in return, by exercises and by a weak allied answer; lowered by a live offer of talks.',
    sources: ['001:19', '001:21', '003:2', '002:11', '004:11'],
  },
  'allianceConfidence.japan': {
    label: "Tokyo's confidence in the US alliance",
    short: 'Tokyo trust',
    meaning: "How far Japan's government trusts that Washington's security guarantee will hold.",
    sources: ['001:4', '001:14', '001:16', '002:12'],
  },
  'allianceConfidence.southKorea': {
    label: "Seoul's confidence in the US alliance",
    short: 'Seoul trust',
    meaning:
      "How far South Korea's government trusts that Washington's security guarantee will hold.",
    sources: ['001:14', '001:16', '002:12'],
  },
  regionalTension: {
    label: 'Regional tension',
    short: 'Tension',
    meaning: 'How close the region feels to conflict: rhetoric, alerts, military moves.',
    sources: ['002:6', '002:7', '003:6'],
  },
  sanctionsPressure: {
    label: 'Sanctions pressure',
    short: 'Sanctions',
    meaning: 'How much economic pain the sanctions regime actually imposes on Pyongyang.',
    sources: ['001:17', '002:14', '004:14'],
  },
  chinaCooperation: {
    label: "China's cooperation",
    short: 'China help',
    meaning:
      'How far Beijing enforces sanctions and supports a common line; low when it resists tougher measures.',
    sources: ['001:17', '002:14', '002:16', '004:20', '004:22'],
  },
  diplomaticChannel: {
    label: 'Diplomatic channel',
    short: 'Talks',
    meaning:
      'How open the door to talks is: contacts, offers on the table, willingness on both sides.',
    sources: ['001:19', '001:20', '003:4', '003:5', '004:14'],
  },
  accidentRisk: {
    label: 'Risk of accident or clash',
    short: 'Clash risk',
    meaning:
      'The chance that a missile, an intercept or a show of force goes wrong and costs lives or starts a fight.',
    sources: ['002:11', '002:12', '001:17', '001:18'],
  },
  japanDefencePosture: {
    label: "Japan's defence posture",
    short: 'JP defence',
    meaning:
      'Missile defence, drills and legal room for Japan to strike: how ready Tokyo is to act alone.',
    sources: ['001:9', '001:11', '002:12'],
  },
  alliedMissileDefence: {
    label: 'Allied missile defence',
    short: 'Missile def.',
    meaning:
      'How well Aegis, Patriot and THAAD batteries could stop an attack; salvos are designed to swamp them.',
    sources: ['001:9', '001:17', '003:1', '002:16'],
  },
  interKoreanArmsRace: {
    label: 'Inter-Korean arms race',
    short: 'Arms race',
    meaning: 'How fast the two Koreas are fielding new weapons against each other.',
    sources: ['004:12', '004:22'],
  },
};
