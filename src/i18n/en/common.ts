// Words every part of the game shares: capitals, indicators, phases, buttons. English is the
// source language: every other catalog translates these keys (src/i18n/ja, src/i18n/ko).
export default {
  'common.capital.us': 'Washington',
  'common.capital.japan': 'Tokyo',
  'common.capital.southKorea': 'Seoul',
  'common.capital.northKorea': 'Pyongyang',
  'common.language': 'Language',
  'common.languageChanging': 'Switching language…',
  'common.back': 'Back',
  'common.close': 'Close',
  'common.continue': 'Continue',
  'common.loadingMap': 'Loading the map…',
  'common.mapFailed': 'The map could not be loaded',
  'common.mapFailedHint': 'Check the connection and reload the page.',
  'common.scenarioErrors': 'A scenario file has errors',
  'common.sidePanel': 'World state and capitals',
  'common.translationMissing': 'Some texts are not yet translated and are shown in English.',
  'common.indicator.nkMissileCapability.label': "North Korea's missile capability",
  'common.indicator.nkMissileCapability.short': 'NK missiles',
  'common.indicator.nkMissileCapability.meaning':
    'How far Pyongyang has got toward reliable, mobile, nuclear-capable missiles that can reach US bases and the US itself. Every test teaches its engineers something.',
  'common.indicator.nkTestingDrive.label': "Pyongyang's drive to test",
  'common.indicator.nkTestingDrive.short': 'Urge to test',
  'common.indicator.nkTestingDrive.meaning':
    'How strongly the North Korean leadership is inclined to launch next: raised by pressure that comes with no offer in return, by exercises and by a weak allied answer; lowered by a live offer of talks.',
  'common.indicator.allianceConfidence.japan.label': "Tokyo's confidence in the US alliance",
  'common.indicator.allianceConfidence.japan.short': 'Tokyo trust',
  'common.indicator.allianceConfidence.japan.meaning':
    "How far Japan's government trusts that Washington's security guarantee will hold.",
  'common.indicator.allianceConfidence.southKorea.label': "Seoul's confidence in the US alliance",
  'common.indicator.allianceConfidence.southKorea.short': 'Seoul trust',
  'common.indicator.allianceConfidence.southKorea.meaning':
    "How far South Korea's government trusts that Washington's security guarantee will hold.",
  'common.indicator.regionalTension.label': 'Regional tension',
  'common.indicator.regionalTension.short': 'Tension',
  'common.indicator.regionalTension.meaning':
    'How close the region feels to conflict: rhetoric, alerts, military moves.',
  'common.indicator.sanctionsPressure.label': 'Sanctions pressure',
  'common.indicator.sanctionsPressure.short': 'Sanctions',
  'common.indicator.sanctionsPressure.meaning':
    'How much economic pain the sanctions regime actually imposes on Pyongyang.',
  'common.indicator.chinaCooperation.label': "China's cooperation",
  'common.indicator.chinaCooperation.short': 'China help',
  'common.indicator.chinaCooperation.meaning':
    'How far Beijing enforces sanctions and supports a common line; low when it resists tougher measures.',
  'common.indicator.diplomaticChannel.label': 'Diplomatic channel',
  'common.indicator.diplomaticChannel.short': 'Talks',
  'common.indicator.diplomaticChannel.meaning':
    'How open the door to talks is: contacts, offers on the table, willingness on both sides.',
  'common.indicator.accidentRisk.label': 'Risk of accident or clash',
  'common.indicator.accidentRisk.short': 'Clash risk',
  'common.indicator.accidentRisk.meaning':
    'The chance that a missile, an intercept or a show of force goes wrong and costs lives or starts a fight.',
  'common.indicator.japanDefencePosture.label': "Japan's defence posture",
  'common.indicator.japanDefencePosture.short': 'JP defence',
  'common.indicator.japanDefencePosture.meaning':
    'Missile defence, drills and legal room for Japan to strike: how ready Tokyo is to act alone.',
  'common.indicator.alliedMissileDefence.label': 'Allied missile defence',
  'common.indicator.alliedMissileDefence.short': 'Missile def.',
  'common.indicator.alliedMissileDefence.meaning':
    'How well Aegis, Patriot and THAAD batteries could stop an attack; salvos are designed to swamp them.',
  'common.indicator.interKoreanArmsRace.label': 'Inter-Korean arms race',
  'common.indicator.interKoreanArmsRace.short': 'Arms race',
  'common.indicator.interKoreanArmsRace.meaning':
    'How fast the two Koreas are fielding new weapons against each other.',
} as const;
