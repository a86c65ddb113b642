"""Made-up stories of other topics (tests/data/stories): every rule, with its traps.

Each story folder holds three or four articles, the config a journalist would
write, and expected.json: conflicts (strict, pragmatic, factual), pairs that
must not conflict (same number for different things, unit variants, updates
over time), unsourced and attributed claims, and changes between stated times.
Known misses are listed in KNOWN_MISSES and run as strict xfails, so fixing one
fails the test until it is taken off the list.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from tests.gold import GoldReport
from tests.paths import STORY_ROOTS, TESTS

from claimcheck.config import load_config
from claimcheck.pipeline import scan

# The stories the rules were developed on, then two sets written blind, after them, and
# the stories of blind testers who ran the tool and graded its reports.
STORY_DIRS = [
    folder
    for root in STORY_ROOTS
    for folder in sorted(root.iterdir())
    if (folder / "expected.json").is_file()
]


def test_stories_of_one_name_share_no_item() -> None:
    """Known misses are keyed by a story's folder name and an item's id: two rounds'
    stories of one name ("pilots-strike") must not share an id, or one's miss would be
    taken for the other's."""
    ids: dict[str, list[str]] = {}
    for folder in STORY_DIRS:
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        items = [
            item["id"]
            for section in ("conflicts", "not_conflicts", "unsourced", "changes", "agreements")
            for item in expected.get(section, [])
            if "id" in item
        ]
        ids.setdefault(folder.name, []).extend(items)
    assert {name: [i for i in items if items.count(i) > 1] for name, items in ids.items()} == {
        name: [] for name in ids
    }


# (story, item id or quote) the tool does not get right yet.
KNOWN_MISSES: set[tuple[str, str]] = {
    ("larkfield-stadium", "capacity"),
    ("callan-bridge-collapse", "daily-traffic"),
    ("callan-bridge-collapse", "year-opened"),
    ("halvorsen-museum-theft", "items-stolen"),
    ("halvorsen-museum-theft", "haul-value"),
    ("halvorsen-museum-theft", "haul-value-insurer"),
    ("halvorsen-museum-theft", "theft-date"),
    ("halvorsen-museum-theft", "entry-point"),
    ("st-aldric-ransomware", "records-outage-duration"),
    ("st-aldric-ransomware", "ambulance-diversions"),
    ("st-aldric-ransomware", "patients-data-accessed"),
}

# The blind testers' stories (tests/data/blind3) as the tool read them when they were
# added: about one planted contradiction in five found. Fixing one fails its test until it
# is taken off the list.
PROBE_MISSES: set[tuple[str, str]] = {
    ("brackley-falls-plant-closure", "closing-date"),
    ("brackley-falls-plant-closure", "town-population"),
    ("brennick-mayoral-election", "margin-unofficial"),
    ("brennick-mayoral-election", "turnout-unofficial"),
    ("brennock-rourke-sentencing", "killing-date"),
    ("brennock-rourke-sentencing", "witnesses"),
    ("calderport-marwood-police-shooting", "renwick-service"),
    ("calderport-marwood-police-shooting", "shots-fired"),
    ("calderport-orvane-launch", "lumen-6-units"),
    ("calderport-orvane-launch", "release-date"),
    ("calderport-orvane-launch", "strata-base-price"),
    ("dunmere-karsvik-cave-rescue", "cavers-found"),
    ("dunmere-karsvik-cave-rescue", "distance-from-entrance"),
    ("dunmere-karsvik-cave-rescue", "time-found"),
    ("dunmore-saltmarsh-ransomware", "discovery-date"),
    ("dunmore-saltmarsh-ransomware", "previous-attack-year"),
    ("harwick-apartment-fire", "building-floors"),
    ("karvosh-dulmen-earthquake", "magnitude"),
    ("karvosh-dulmen-earthquake", "measured the quake at magnitude 6.8"),
    ("karvosh-dulmen-earthquake", "no-steel-reinforcement"),
    ("marrowfield-chemical-plant-explosion", "ammonia-stored"),
    ("marrowfield-chemical-plant-explosion", "blast-time"),
    ("marrowfield-chemical-plant-explosion", "treated for injuries linked to the blast rose to 19"),
    ("port-caldwell-meridian-awards", "awards-won"),
    ("port-caldwell-meridian-awards", "nominations"),
    ("port-caldwell-meridian-awards", "orrell-age"),
    ("port-maravel-hurricane-delphine", "evacuations"),
    ("port-maravel-hurricane-delphine", "seawall-year"),
    ("port-marlow-ashby-arrest", "ashby-age"),
    ("port-marlow-ashby-arrest", "blood-alcohol"),
    ("port-marlow-ashby-arrest", "bouncer-argument"),
    ("port-marlow-ashby-arrest", "duet-album-shelved"),
    ("ridgeport-merriweather-trade", "points-per-game"),
    ("ridgeport-merriweather-trade", "trade-day"),
    ("solenne-migrant-boat-capsizing", "boat-length"),
    ("solenne-migrant-boat-capsizing", "distance-offshore"),
    ("solenne-migrant-boat-capsizing", "people-aboard"),
    ("tarnbury-corvel-emergency-landing", "aircraft-age"),
}
# The second round of blind testers' stories (tests/data/blind4), as the tool read them
# when they were added: 11 of 48 planted contradictions found.
PROBE_MISSES_ROUND6: set[tuple[str, str]] = {
    # Dated by its date line, the TV report's undated "154 people were injured" meets the
    # local paper's "On Friday, ... 23 people were injured when a fence collapsed" (another
    # event, on another day than the report's) as one moment.
    ("dunmere-festival-crush", "fence-collapse-different"),
    ("brackenford-dam-breach", "helicopter-rescues"),
    ("brackenford-dam-breach", "seepage-reports"),
    ("brackenford-dam-breach", "town-distance"),
    ("dunholm-coach-crash", "coach-driver-age"),
    ("dunholm-coach-crash", "crash-day"),
    ("dunholm-coach-crash", "cup-final-score"),
    ("dunholm-coach-crash", "taken-to-hospital"),
    ("dunmore-viaduct-derailment", "viaduct-year"),
    ("harwick-velmora-takeover", "board-to-reject"),
    ("harwick-velmora-takeover", "ceo-age"),
    ("harwick-velmora-takeover", "pellbury-lab"),
    ("harwick-velmora-takeover", "q3-revenue"),
    ("hollis-gap-wildfire", "acres-saturday"),
    ("hollis-gap-wildfire", "containment-saturday"),
    ("hollis-gap-wildfire", "start-day"),
    ("kestrel-falls-salmonella-outbreak", "closure-day"),
    ("kestrel-falls-salmonella-outbreak", "inspection-score"),
    ("kestrel-falls-salmonella-outbreak", "victim-age"),
    ("millbrook-falls-prison-escape", "escape-time"),
    ("millbrook-falls-prison-escape", "hunting-cabin"),
    ("millbrook-falls-prison-escape", "searchers-tuesday"),
    ("pell-river-bank-siege", "cash-taken"),
    ("pell-river-bank-siege", "release-year"),
    ("pell-river-bank-siege", "start-time"),
    ("port-callowen-heat-wave", "emergency-funding"),
    ("port-callowen-heat-wave", "ice-sales"),
    ("port-callowen-heat-wave", "saturday-peak"),
    ("porthaven-stadium-roof-collapse", "east-stand-year"),
    ("porthaven-stadium-roof-collapse", "fire-engines"),
    ("porthaven-stadium-roof-collapse", "first-sell-out"),
    ("porthaven-stadium-roof-collapse", "score-at-collapse"),
    ("porthaven-stadium-roof-collapse", "section-length"),
    ("saltmere-dock-strike", "fruit-shortage"),
    ("saltmere-dock-strike", "ships-monday-evening"),
}
# The third round (tests/data/blind5), as the tool read them when they were added: 8 of 48
# planted contradictions found, no trap reported as a conflict.
PROBE_MISSES_ROUND7: set[tuple[str, str]] = {
    ("ammerlow-landslide", "runout-distance"),
    ("ashworth-menck-transfer", "league-goals"),
    ("ashworth-menck-transfer", "medical-day"),
    ("ashworth-menck-transfer", "menck-age"),
    ("brennock-drug-raids", "arrests-thursday"),
    ("brennock-drug-raids", "properties-raided"),
    ("brennock-drug-raids", "ring-start-year"),
    ("brennock-drug-raids", "street-value"),
    ("caddon-falls-budget-vote", "budget-total"),
    ("caddon-falls-budget-vote", "reserves-since-2016"),
    ("caddon-falls-budget-vote", "vote-tally"),
    ("dunmere-gas-explosion", "apartments"),
    ("dunmere-gas-explosion", "blast-time"),
    ("dunmere-gas-explosion", "year-built"),
    ("harwick-formula-recall", "plant-opened"),
    ("harwick-formula-recall", "recall-day"),
    ("korvessa-aid-worker-kidnapping", "abduction-time"),
    ("korvessa-aid-worker-kidnapping", "kidnappers"),
    ("korvessa-aid-worker-kidnapping", "marwood-age"),
    ("korvessa-aid-worker-kidnapping", "stolen-ambulance"),
    ("marrow-hill-cycling-crash", "Team Aldwin alone had four riders caught up"),
    ("marrow-hill-cycling-crash", "distance-from-finish"),
    ("marrow-hill-cycling-crash", "riders-down"),
    ("mount-drennick-eruption", "evacuated-tuesday"),
    ("pellworth-tornado", "brings the toll from the storm to three"),
    ("pellworth-tornado", "emergency-funds"),
    ("pellworth-tornado", "game-score"),
    ("pellworth-tornado", "path-length"),
    ("penmoor-bank-data-breach", "customers-affected"),
    ("port-elsmere-nurses-strike", "bed-count"),
    ("port-elsmere-nurses-strike", "replacement-nurses"),
}
# The fourth round (tests/data/blind6), as the tool read them when they were added: 7 of 32
# planted contradictions found, no trap reported as a conflict.
PROBE_MISSES_ROUND8: set[tuple[str, str]] = {
    ("brisford-quell-tax-case", "birthday-party"),
    ("brisford-quell-tax-case", "charges"),
    ("brisford-quell-tax-case", "failing to pay $3.2 million in income tax"),
    ("brisford-quell-tax-case", "next-hearing"),
    ("brisford-quell-tax-case", "quell-age"),
    ("brisford-quell-tax-case", "tax-owed"),
    ("callowmere-measles-outbreak", "cases-monday"),
    ("callowmere-measles-outbreak", "enrolment"),
    ("callowmere-measles-outbreak", "first-case-age"),
    ("callowmere-measles-outbreak", "reopening-day"),
    ("harwick-art-auction", "bidders"),
    ("harwick-art-auction", "bidding-duration"),
    ("harwick-art-auction", "year-painted"),
    ("harwick-pilots-strike", "daily-cost"),
    ("port-ellery-marathon-heat", "founding-year"),
    ("port-ellery-marathon-heat", "runners-hospitalised"),
    ("port-kessick-ferry-fire", "compensation"),
    ("vessington-boil-water-notice", "contractor-struck-main"),
    ("vessington-boil-water-notice", "households"),
    ("vessington-boil-water-notice", "notice-time"),
    ("vessington-boil-water-notice", "positive-samples"),
}
# The fifth round (tests/data/blind7), as the tool read them when they were added, after
# the fixes their testers' reports led to: 15 of 64 planted contradictions found, one trap
# reported as a conflict ("112 power punches" against "187 punches": a kind of punch the
# tool cannot tell from another word for all of them).
PROBE_MISSES_ROUND9: set[tuple[str, str]] = {
    ("ashby-cross-freight-resignation", "board-not-met"),
    ("ashby-cross-freight-resignation", "ceo-since"),
    ("ashby-cross-freight-resignation", "saltmarsh-age"),
    ("ashby-cross-freight-resignation", "severance"),
    ("ashby-cross-freight-resignation", "trucking-unit-sale"),
    ("ashby-cross-freight-resignation", "vesk-house"),
    ("brennmoor-police-shooting", "release body-camera footage within 48 hours"),
    ("colbury-striker-crash", "injured"),
    ("corvane-hospital-siege", "entry-time"),
    ("corvane-hospital-siege", "hostages"),
    ("corvane-hospital-siege", "strand-age"),
    ("corvane-hospital-siege", "wife-death-year"),
    ("dalmarsh-party-leader-resignation", "husband-resigned"),
    ("dalmarsh-party-leader-resignation", "leader-since"),
    ("dalmarsh-party-leader-resignation", "letter-signatories"),
    ("dalmarsh-party-leader-resignation", "resignation-day"),
    ("dalmarsh-party-leader-resignation", "swimming-pool"),
    ("dalmarsh-party-leader-resignation", "villa-money"),
    ("hallam-point-ship-hijacking", "armed-guards"),
    ("hallam-point-ship-hijacking", "crew-size"),
    ("hallam-point-ship-hijacking", "seizure-distance"),
    ("harwick-chipmaker-takeover", "founded-year"),
    ("harwick-chipmaker-takeover", "lumabyte-price"),
    ("harwick-chipmaker-takeover", "solar-farm"),
    ("harwick-coach-sacking", "brenmoor-approach"),
    ("harwick-coach-sacking", "dunmore-score"),
    ("harwick-coach-sacking", "press-conference-time"),
    ("harwick-coach-sacking", "winless-run"),
    ("harwick-nightclub-shooting", "helped dozens of people out"),
    ("harwick-nightclub-shooting", "quist-age"),
    ("harwick-nightclub-shooting", "thrown-out"),
    ("karsa-camp-air-strike", "camp-founded"),
    ("karsa-camp-air-strike", "deaths-tuesday"),
    ("kelbury-ferry-capsize", "capsize-time"),
    ("kelbury-ferry-capsize", "failed-inspection"),
    ("kelbury-ferry-capsize", "people-aboard"),
    ("kelbury-ferry-capsize", "year-built"),
    ("port-averin-general-election", "give the National Renewal Party 34 seats"),
    ("port-averin-general-election", "polls-close-time"),
    ("port-averin-general-election", "seats-won"),
    ("port-cassin-earthquake", "container-crane"),
    ("port-cassin-earthquake", "epicentre-distance"),
    ("port-ellery-singer-death", "death-day"),
    ("port-ellery-singer-death", "heart-condition"),
    ("port-ellery-singer-death", "studio-albums"),
    ("port-ellery-singer-death", "tour-gross"),
    ("port-ellery-title-fight", "attendance"),
    ("port-ellery-title-fight", "knockdowns"),
    ("port-ellery-title-fight", "punches-part"),
    ("port-ellery-title-fight", "rematch-clause"),
    ("port-ellery-title-fight", "stoppage-round"),
    ("port-ellery-title-fight", "title-year"),
    ("sorrel-bay-actor-rehab", "film-budget"),
    ("sorrel-bay-actor-rehab", "previous-rehab-year"),
    ("sorrel-bay-actor-rehab", "rehab-day"),
}
# The sixth round (tests/data/blind8), as the tool read them when they were added, after
# the fixes their testers' reports led to: 15 of 64 planted contradictions found, no trap
# reported as a conflict.
PROBE_MISSES_ROUND10: set[tuple[str, str]] = {
    ("brackenridge-murder-verdict", "prosecution-witnesses"),
    ("brackenridge-murder-verdict", "prosecutors entered about 200 exhibits"),
    ("brackenridge-murder-verdict", "restraining-order"),
    ("brackenridge-murder-verdict", "stab-wounds"),
    ("brackenridge-murder-verdict", "tellfer-age"),
    ("brackenridge-murder-verdict", "two days of deliberation"),
    ("brackenridge-murder-verdict", "verdict-time"),
    ("braxford-bridge-collapse", "pier-cracks"),
    ("braxford-bridge-collapse", "section-length"),
    ("calder-city-streaming-record", "The Vantage 200 chart will be published"),
    ("calder-city-streaming-record", "first-day-streams"),
    ("calder-city-streaming-record", "release-day"),
    ("calder-city-streaming-record", "track-count"),
    ("harwick-actor-hotel-arrest", "Vesk's entourage of eight people"),
    ("harwick-actor-hotel-arrest", "assault-time"),
    ("harwick-actor-hotel-arrest", "previously charged with assault in 2019"),
    ("harwick-actor-hotel-arrest", "that left three people hurt"),
    ("harwick-runway-overrun", "The National Air Incident Bureau will lead"),
    ("harwick-runway-overrun", "overrun-distance"),
    ("harwick-runway-overrun", "passengers"),
    ("harwick-software-layoffs", "16 weeks of pay and health cover"),
    ("harwick-software-layoffs", "founded-year"),
    ("harwick-software-layoffs", "meeting-day"),
    ("harwick-software-layoffs", "sale-talks"),
    ("harwick-steeplechase-record", "Sorrel Hills, 50 miles from Harwick"),
    ("harwick-steeplechase-record", "clocking 8 minutes 45.21 seconds"),
    ("harwick-steeplechase-record", "crowd"),
    ("harwick-steeplechase-record", "marrow-age"),
    ("harwick-steeplechase-record", "record-bonus"),
    ("harwick-steeplechase-record", "winning-time"),
    ("harwick-zoo-escape", "about 300 pupils at nearby"),
    ("harwick-zoo-escape", "discovery-time"),
    ("harwick-zoo-escape", "night-watchman"),
    ("harwick-zoo-escape", "wallabies"),
    ("lindham-tennis-upset", "About 9,400 fans"),
    ("lindham-tennis-upset", "about 190 kilometres south"),
    ("lindham-tennis-upset", "final-score"),
    ("lindham-tennis-upset", "lies 120 miles north of Lindham"),
    ("lindham-tennis-upset", "match-duration"),
    ("lindham-tennis-upset", "ranking"),
    ("lindham-tennis-upset", "served 14 aces"),
    ("marrowfield-helicopter-crash", "about 8 kilometres north of Marrowfield"),
    ("marrowfield-helicopter-crash", "crash-day"),
    ("marrowfield-helicopter-crash", "fenmore-age"),
    ("marrowfield-helicopter-crash", "founded-year"),
    ("marrowfield-record-flood", "Walter Brisco, 71"),
    ("marrowfield-record-flood", "old-record-year"),
    ("marrowfield-record-flood", "pumping-station"),
    ("marrowfield-record-flood", "rainfall"),
    ("marrowfield-record-flood", "rescued"),
    ("marrowfield-record-flood", "spillway-day"),
    ("orlen-heights-campus-shooting", "Police identified the dead as Professor"),
    ("orlen-heights-campus-shooting", "first-shots-time"),
    ("orlen-heights-campus-shooting", "roughly 18,000 students"),
    ("orlen-heights-campus-shooting", "winslow-age"),
    ("penhallow-phone-launch", "base-price"),
    ("penhallow-phone-launch", "keynote-time"),
    ("penhallow-phone-launch", "mini-discontinued"),
    ("penhallow-phone-launch", "on-sale-date"),
    ("port-alderley-hurricane", "Two people died in Port Alderley"),
    ("port-alderley-hurricane", "sheltered"),
    ("port-selwyn-mayor-indictment", "bribes"),
    ("port-selwyn-mayor-indictment", "chief-of-staff"),
    ("port-selwyn-mayor-indictment", "roughly 19 kilometres of Harbor Road"),
    ("port-selwyn-mayor-indictment", "surrender-day"),
    ("tollwick-school-bus-crash", "bus-year"),
    ("tollwick-school-bus-crash", "crash-time"),
    ("tollwick-school-bus-crash", "serves about 4,000 students"),
    ("tollwick-school-bus-crash", "students-aboard"),
}
# The seventh round (tests/data/blind9), as the tool read them when they were added, after
# the fixes their testers' reports led to: 11 of 64 planted contradictions found, three
# traps reported as conflicts (a count under another verb, "held back payment on 90 buses",
# against cancelled orders, which also pulls "about 300" and "312" into the finding; "310
# police computers" against all "1,187 computers", a kind the tool cannot tell from another
# word for all of them).
PROBE_MISSES_ROUND11: set[tuple[str, str]] = {
    ("aldergate-bank-rescue", "a loss of 240 million crowns"),
    ("aldergate-bank-rescue", "announcement-time"),
    ("aldergate-bank-rescue", "branches"),
    ("aldergate-bank-rescue", "customers"),
    ("aldergate-bank-rescue", "rescue-size"),
    ("aldervale-chlorine-leak", "hospitalised"),
    ("aldervale-chlorine-leak", "opened-year"),
    ("ashdown-vale-gold-cup", "field-size"),
    ("ashdown-vale-gold-cup", "off-time"),
    ("ashdown-vale-gold-cup", "winning-margin"),
    ("brackenford-profit-warning", "buses-rounding"),
    ("brackenford-profit-warning", "founded-year"),
    ("brackenford-profit-warning", "lowmarsh-buses-different"),
    ("brennock-police-chase-crash", "chase-distance"),
    ("brennock-police-chase-crash", "crash-day"),
    ("brennock-police-chase-crash", "pickup-stolen"),
    ("dunmere-ransomware-attack", "departments"),
    ("dunmere-ransomware-attack", "police-computers-part"),
    ("harwick-deadline-trade", "announcement-time"),
    ("harwick-deadline-trade", "draft-picks"),
    ("harwick-deadline-trade", "pelletier-age"),
    ("harwick-jubilee-parade", "crowd-size"),
    ("harwick-jubilee-parade", "parade-cost"),
    ("harwick-jubilee-parade", "queen-age"),
    ("harwick-jubilee-parade", "route-length"),
    ("harwick-jubilee-parade", "start-time"),
    ("harwick-jubilee-parade", "their estimate that 450,000 people"),
    ("kesmere-pilgrimage-crush", "bridge-width"),
    ("kesmere-pilgrimage-crush", "pilgrims"),
    ("kesmere-pilgrimage-crush", "published within 30 days"),
    ("marlow-falls-prison-riot", "hostages"),
    ("marlow-falls-prison-riot", "opened-year"),
    ("marlow-falls-prison-riot", "utensils"),
    ("mount-tessaly-avalanche", "closure-sign"),
    ("mount-tessaly-avalanche", "party-size"),
    ("port-calloway-tanker-spill", "Two of them remained in hospital"),
    ("port-calloway-tanker-spill", "crew"),
    ("port-calloway-tanker-spill", "grounding-time"),
    ("port-calloway-tanker-spill", "tollan-light"),
    ("tallow-ridge-wildfire", "campers"),
    ("tarrow-point-rocket-explosion", "altitude"),
    ("tarrow-point-rocket-explosion", "flight-time"),
    ("tarrow-point-rocket-explosion", "founded-year"),
    ("tarrow-point-rocket-explosion", "next-launch"),
    ("tarrow-point-rocket-explosion", "recovered about 40 pieces of debris"),
    ("tarrow-point-rocket-explosion", "satellites"),
    ("tarrow-point-rocket-explosion", "vacuum-test"),
    ("tolbury-missing-hiker", "distance-found"),
    ("tolbury-missing-hiker", "farrow-age"),
    ("tolbury-missing-hiker", "reward"),
    ("tolbury-missing-hiker", "set-out-day"),
    ("vellmont-water-rationing", "bottled-water"),
    ("vellmont-water-rationing", "first-fine"),
    ("vellmont-water-rationing", "start-date"),
}
# The eighth round (tests/data/blind10), as the tool read them when they were added, after
# the fixes their testers' reports led to: 12 of 48 planted contradictions found, one trap
# reported as a conflict (cabins sealed "on Deck 7" against "on Deck 9": "on" introduces no
# setting).
PROBE_MISSES_ROUND12: set[tuple[str, str]] = {
    ("corran-valley-teachers-strike", "The 3.2-kilometre march from Pellbrook Common"),
    ("corran-valley-teachers-strike", "last-strike-year"),
    ("corran-valley-teachers-strike", "marched roughly two miles from Pellbrook Common"),
    ("corran-valley-teachers-strike", "strike-vote"),
    ("corvane-fuel-protest", "About 1,500 riot police were deployed"),
    ("corvane-fuel-protest", "Tens of thousands of people marched"),
    ("corvane-fuel-protest", "drew tens of thousands of people"),
    ("corvane-varnholt-painting-theft", "In 1974 three paintings walked out"),
    ("corvane-varnholt-painting-theft", "abandoned about eight kilometres from the museum"),
    ("corvane-varnholt-painting-theft", "break-in-time"),
    ("corvane-varnholt-painting-theft", "it counted 87,412 visitors"),
    ("corvane-varnholt-painting-theft", "the museum's collection of 3,400 works"),
    ("corvane-varnholt-painting-theft", "thieves"),
    ("corvane-varnholt-painting-theft", "thieves took three paintings from the museum"),
    ("corvane-varnholt-painting-theft", "value"),
    ("corvane-varnholt-painting-theft", "year-painted"),
    ("harwick-restaurant-collapse", "ashgrove-age"),
    ("harwick-restaurant-collapse", "debts"),
    ("harwick-restaurant-collapse", "lease-sale"),
    ("harwick-restaurant-collapse", "left-country"),
    ("harwick-restaurant-collapse", "redundancies"),
    ("kelsport-looting-curfew", "Prosecutors have charged 47 people"),
    ("kelsport-looting-curfew", "curfew-day"),
    ("kelsport-looting-curfew", "curfew-hours"),
    ("kelsport-looting-curfew", "last-curfew-year"),
    ("kelsport-looting-curfew", "no-alarms"),
    ("kelsport-looting-curfew", "the first curfew in Kelsport since 1987"),
    ("kelsport-looting-curfew", "under a curfew, in 1987"),
    ("kestrelford-university-strike", "Two thousand four hundred staff"),
    ("kestrelford-university-strike", "a 4.8-kilometre walk from the campus"),
    ("kestrelford-university-strike", "march the three miles from the campus"),
    ("kestrelford-university-strike", "pay-offer"),
    ("kestrelford-university-strike", "rally-time"),
    ("kestrelford-university-strike", "strikers"),
    ("marrowby-airport-measles", "arrival-time"),
    ("marrowby-airport-measles", "flight-482-aboard"),
    ("marrowby-airport-measles", "free-rebooking"),
    ("marrowby-airport-measles", "patient-age"),
    ("oakhollow-novelist-death", "Ambrose Varrick, who died in 2004"),
    ("oakhollow-novelist-death", "She won the Corrander Prize in 1992"),
    ("oakhollow-novelist-death", "She won the Halloway Prize in 1985"),
    ("oakhollow-novelist-death", "debut-year"),
    ("oakhollow-novelist-death", "novels"),
    ("oakhollow-novelist-death", "some 19 kilometres from Oakhollow"),
    ("ostrey-factory-fire", "Two remain in a serious condition"),
    ("ostrey-factory-fire", "Yesterday six people went to work"),
    ("ostrey-factory-fire", "fine-2019"),
    ("penmarrow-airport-gold-raid", "bars-stolen"),
    ("penmarrow-airport-gold-raid", "guard-age"),
    ("penmarrow-airport-gold-raid", "raid-time"),
    ("penmarrow-airport-gold-raid", "robbers"),
    ("penmarrow-airport-gold-raid", "three men walked off with 17 bars"),
    ("penmarrow-airport-gold-raid", "three men were later convicted"),
    ("port-vessard-cruise-norovirus", "cabins-different-decks"),
    ("port-vessard-cruise-norovirus", "sanitiser-removed"),
    ("port-vessard-cruise-norovirus", "sick-passengers"),
    ("sallowby-bleach-tanker-crash", "closure-length"),
    ("sallowby-bleach-tanker-crash", "driver-age"),
    ("sallowby-bleach-tanker-crash", "litres-spilled"),
}
# The ninth round (tests/data/blind11), as the tool read them when they were added, after
# the fixes their testers' reports led to: 14 of 48 planted contradictions found, no trap
# reported as a conflict.
PROBE_MISSES_ROUND13: set[tuple[str, str]] = {
    ("brennock-gas-explosion", "The seven people who died on Tuesday"),
    ("coral-point-shark-attack", "previous-attack-year"),
    ("coral-point-shark-attack", "recorded 2,130 visitors at Coral Point"),
    ("coral-point-shark-attack", "shark-length"),
    ("dunmere-train-derailment", "carriages-derailed"),
    ("dunmere-train-derailment", "repair-cost"),
    ("harwick-heart-drug-recall", "At least seven patients are dead"),
    ("harwick-heart-drug-recall", "One of them was Margaret Olden, 74"),
    ("harwick-heart-drug-recall", "lots-recalled"),
    ("harwick-heart-drug-recall", "replacement-june"),
    ("harwick-record-painting-auction", "We had interest from four continents"),
    ("harwick-record-painting-auction", "bidders"),
    ("harwick-record-painting-auction", "bidding-duration"),
    ("harwick-record-painting-auction", "forty-eight point two million dollars"),
    ("harwick-record-painting-auction", "varnaby-age"),
    ("ostervale-bank-hostages", "bank-closed"),
    ("ostervale-bank-hostages", "hostages"),
    ("ostervale-bank-hostages", "sum-taken"),
    ("pellbury-cyclist-hit-and-run", "crash-time"),
    ("pellbury-cyclist-hit-and-run", "licence-year"),
    ("pellbury-cyclist-hit-and-run", "wrenfield-age"),
    ("pellick-colliery-collapse", "collapse-day"),
    ("pellick-colliery-collapse", "depth"),
    ("pellick-colliery-collapse", "miners-trapped"),
    ("pellick-colliery-collapse", "year-opened"),
    ("pellingford-wedding-food-poisoning", "inspection-score"),
    ("pellingford-wedding-food-poisoning", "meal-time"),
    ("pellingford-wedding-food-poisoning", "reception-guests"),
    ("port-elsby-box-office-record", "premiere-day"),
    ("port-elsby-box-office-record", "runtime"),
    ("port-elsby-box-office-record", "sequel"),
    ("port-elsby-box-office-record", "theater-count"),
    ("varossa-market-car-bomb", "They have one man in custody"),
    ("varossa-market-car-bomb", "car-parked"),
    ("varossa-market-car-bomb", "suspect-age"),
    ("velmara-tourist-kidnapping", "Nine tourists, a guide and a driver"),
    ("velmara-tourist-kidnapping", "the four Norvelian citizens would fly home"),
    ("velmara-tourist-kidnapping", "tourists-abducted"),
}
# The tenth round (tests/data/blind12), as the tool read them when they were added, after
# the fixes their testers' reports led to: 12 of 48 planted contradictions found, no trap
# reported as a conflict.
PROBE_MISSES_ROUND14: set[tuple[str, str]] = {
    ("brackenford-councillor-expenses", "They stressed no one had been arrested"),
    ("brackenford-councillor-expenses", "auditor-referrals"),
    ("brackenford-councillor-expenses", "distance-home"),
    ("brackenford-councillor-expenses", "hearing-day"),
    ("brackenford-councillor-expenses", "mayor-bid"),
    ("brackenford-councillor-expenses", "total-claimed"),
    ("brackenford-councillor-expenses", "£640 on a dinner at the Harbour Grill"),
    ("brannock-ridge-plant-explosion", "The county coroner identified the other two victims"),
    ("brannock-ridge-plant-explosion", "Tomas Reyle, 54, a shift supervisor"),
    ("brannock-ridge-plant-explosion", "year-opened"),
    ("brennford-stand-collapse", "attendance"),
    ("brennford-stand-collapse", "corroded-supports"),
    ("brennford-stand-collapse", "score-at-collapse"),
    ("brennford-stand-collapse", "the stand was inspected in August"),
    ("carrow-dam-collapse", "said there would be a full inquiry"),
    ("carrow-dam-collapse", "villages-flooded"),
    ("carrow-dam-collapse", "year-built"),
    ("dunmarrow-trawler-sinking", "Police named the six crew"),
    ("dunmarrow-trawler-sinking", "after three bodies were recovered"),
    ("dunmarrow-trawler-sinking", "crew"),
    ("dunmarrow-trawler-sinking", "last-contact-day"),
    ("dunmarrow-trawler-sinking", "last-position"),
    ("dunmarrow-trawler-sinking", "length"),
    ("harwick-library-closures", "Councillor Oren Mabbott defended the vote"),
    ("harwick-library-closures", "March 17, the council's agenda shows"),
    ("harwick-library-closures", "closure-date"),
    ("harwick-library-closures", "libraries-closing"),
    ("harwick-library-closures", "library-cut"),
    ("harwick-nurses-strike", "strikers"),
    ("keldra-volcano-eruption", "evacuees"),
    ("kestow-doctor-manslaughter", "death-date"),
    ("kestow-doctor-manslaughter", "harrow-age"),
    ("kestow-doctor-manslaughter", "jury-split"),
    ("kestow-doctor-manslaughter", "rota-gaps"),
    ("lindmouth-marathon-doping-ban", "both had returned samples containing veltropin"),
    ("lindmouth-marathon-doping-ban", "prize-money"),
    ("lindmouth-marathon-doping-ban", "test-date"),
}
# The eleventh round (tests/data/blind13), as the tool read them when they were added, after
# the fixes their testers' reports led to: 12 of 48 planted contradictions found, one trap
# reported as a conflict ("The new ministry will employ 300 staff" against the Ministry of
# Energy's 1,400: a described owner and a named one are not told apart).
PROBE_MISSES_ROUND15: set[tuple[str, str]] = {
    ("ashbury-flats-tornado-strike", "homes-destroyed"),
    ("ashbury-flats-tornado-strike", "on the ground for roughly 18 kilometres"),
    ("ashbury-flats-tornado-strike", "rated the tornado an EF3"),
    ("ashbury-flats-tornado-strike", "state-money"),
    ("averholm-cabinet-reshuffle", "brandt-age"),
    ("averholm-cabinet-reshuffle", "brandt-consultant"),
    ("averholm-cabinet-reshuffle", "digital-budget"),
    ("averholm-cabinet-reshuffle", "lake-house"),
    ("averholm-cabinet-reshuffle", "ministers-replaced"),
    ("averholm-cabinet-reshuffle", "reshuffle-day"),
    ("averholm-cabinet-reshuffle", "staff-different"),
    ("carrowmere-heatwave-hospitals", "cooling-year"),
    ("carrowmere-heatwave-hospitals", "diversion-day"),
    ("carrowmere-heatwave-hospitals", "sunday-high"),
    ("carrowmere-heatwave-hospitals", "urged residents to check on elderly neighbours"),
    ("drossel-embassy-protest", "ambassador-left"),
    ("drossel-embassy-protest", "officers-injured"),
    ("estmark-telecom-outage", "customers"),
    ("estmark-telecom-outage", "duration"),
    ("harwick-missing-teenager", "bike-distance"),
    ("harwick-missing-teenager", "orlund-age"),
    ("harwick-rovers-record-signing", "ferreby-age"),
    ("harwick-rovers-record-signing", "transfer-fee"),
    ("kestrel-point-launch-scrub", "halt-time"),
    ("kestrel-point-launch-scrub", "new-launch-date"),
    ("kestrel-point-launch-scrub", "satellite-mass"),
    ("port-elswick-nightclub-stabbing", "deliberation"),
    ("port-elswick-nightclub-stabbing", "jury-split"),
    ("port-elswick-nightclub-stabbing", "paramedic-plans"),
    ("port-elswick-nightclub-stabbing", "sentencing on March 21"),
    ("port-elswick-nightclub-stabbing", "stab-wounds"),
    ("port-elswick-nightclub-stabbing", "stabbing-year"),
    ("port-elswick-nightclub-stabbing", "suffered five stab wounds"),
    ("port-elswick-nightclub-stabbing", "the knife had a six-inch blade"),
    ("sorrel-pass-cycling-crash", "crash-time"),
    ("sorrel-pass-cycling-crash", "distance-from-finish"),
    ("sorrel-pass-cycling-crash", "riders-crashed"),
    ("tessaro-pass-bus-crash", "dellan-age"),
    ("tessaro-pass-bus-crash", "driver-hours"),
    ("tessaro-pass-bus-crash", "fall-distance"),
    ("valmara-ski-hotel-fire", "floors"),
    ("valmara-ski-hotel-fire", "guests-evacuated"),
    ("valmara-ski-hotel-fire", "sprinklers"),
}
# The twelfth round (tests/data/blind14), as the tool read them when they were added, after
# the fixes their testers' reports led to: 13 of 48 planted contradictions found, one trap
# reported as a conflict (water intakes serving about 45,000 people against one town's
# intake serving 18,000), no longer reported since people served became an owned measure.
PROBE_MISSES_ROUND16: set[tuple[str, str]] = {
    ("ardley-cross-highway-blizzard", "closed-stretch"),
    ("ardley-cross-highway-blizzard", "closure-day"),
    ("ardley-cross-highway-blizzard", "maddox-age"),
    ("ardley-cross-highway-blizzard", "no more than ten minutes an hour"),
    ("brackwater-prison-tunnel-escape", "headcount-time"),
    ("brackwater-prison-tunnel-escape", "tunnel-length"),
    ("calder-meadows-festival-storm", "cancellation-time"),
    ("calder-meadows-festival-storm", "evacuated-campers"),
    ("calder-meadows-festival-storm", "founding-year"),
    ("calder-point-refinery-fire", "everyone living within one mile of the refinery"),
    ("calder-point-refinery-fire", "sulfur-dioxide"),
    ("carrowmere-hillside-landslide", "emergency-fund"),
    ("carrowmere-hillside-landslide", "houses-buried"),
    ("carrowmere-hillside-landslide", "the mud sliding half a mile down the hill"),
    ("greyford-traffic-stop-shooting", "kessel-service"),
    ("greyford-traffic-stop-shooting", "shots-fired"),
    ("greyford-traffic-stop-shooting", "stop-date"),
    ("harwick-airline-job-cuts", "profit-forecast"),
    ("harwick-airline-job-cuts", "said it would eliminate 1,200 jobs"),
    ("kellbridge-supermarket-takeover-bid", "bid-value"),
    ("kellbridge-supermarket-takeover-bid", "founding-year"),
    ("kellbridge-supermarket-takeover-bid", "store-count"),
    ("lindmoor-pipeline-oil-spill", "cleanup-pledge"),
    ("lindmoor-pipeline-oil-spill", "inspection-2016"),
    ("lindmoor-pipeline-oil-spill", "leak-reported-day"),
    ("lindmoor-pipeline-oil-spill", "spread-downstream"),
    ("pellham-murder-conviction-overturned", "sister-dunmore"),
    ("pellham-murder-conviction-overturned", "witnesses-recanted"),
    ("pellham-murder-conviction-overturned", "years-in-prison"),
    ("pellham-ridge-mall-shooting", "arrest-distance"),
    ("pellham-ridge-mall-shooting", "mall-opened"),
    ("pellham-ridge-mall-shooting", "released the names of the first four victims"),
    ("port-calloway-arena-crush", "arena-capacity"),
}
# The thirteenth round (tests/data/blind15), as the tool read them when they were added,
# after the fixes their testers' reports led to: 12 of 48 planted contradictions found, no
# trap reported as a conflict.
PROBE_MISSES_ROUND17: set[tuple[str, str]] = {
    ("carrow-bay-tennis-retirement", "coaching-job"),
    ("carrow-bay-tennis-retirement", "final-score"),
    ("carrow-bay-tennis-retirement", "stress-fracture"),
    ("carrow-bay-tennis-retirement", "turned-pro-year"),
    ("dunmere-flash-flood", "vehicles"),
    ("harwick-bridge-girder-cracks", "adding about 12 minutes to the trip"),
    ("harwick-bridge-girder-cracks", "closure-day"),
    ("harwick-bridge-girder-cracks", "merchant-sales"),
    ("harwick-bridge-girder-cracks", "some 18,400 vehicles a day"),
    ("harwick-bridge-girder-cracks", "weight-limit"),
    ("harwick-football-club-takeover", "club-shop"),
    ("harwick-football-club-takeover", "press-conference-time"),
    ("harwick-football-club-takeover", "stadium-capacity"),
    ("kelvane-glacier-climber-search", "helicopter-money"),
    ("kelvane-glacier-climber-search", "missing-climbers"),
    ("ketterby-container-ship-grounding", "The Coastal Waters Authority closed 18 kilometres"),
    ("ketterby-container-ship-grounding", "containers-lost"),
    ("ketterby-container-ship-grounding", "crew-count"),
    ("ketterby-container-ship-grounding", "grounding-time"),
    ("ketterby-container-ship-grounding", "year-built"),
    ("larkmoor-tower-block-fire", "firefighters"),
    ("larkmoor-tower-block-fire", "start-time"),
    ("larkmoor-tower-block-fire", "storeys"),
    ("larkmoor-tower-block-fire", "year-built"),
    ("maresford-dock-strike", "ballot-result"),
    ("maresford-dock-strike", "first-total-closure"),
    ("maresford-dock-strike", "ships-waiting"),
    ("maresford-dock-strike", "start-time"),
    ("maresford-dock-strike", "strikers"),
    ("velmont-retailer-data-breach", "The new figure, in an updated filing"),
    ("velmont-retailer-data-breach", "cards-exposed"),
    ("velmont-retailer-data-breach", "discovered the intrusion on March 21"),
    ("velmont-retailer-data-breach", "discovery-date"),
    ("velmont-retailer-data-breach", "founding-year"),
    ("vessick-ridge-wildfire-evacuation", "evacuation-time"),
    ("vessick-ridge-wildfire-evacuation", "homes-destroyed"),
    ("wexley-vale-school-gas-leak", "replace about 4.8 kilometres of pipe"),
}
# The fourteenth round (tests/data/blind16), as the tool read them when they were added,
# after the fixes their testers' reports led to: 8 of 48 planted contradictions found, no
# trap reported as a conflict.
PROBE_MISSES_ROUND18: set[tuple[str, str]] = {
    ("brackenford-mayoral-recount", "ballots-cast"),
    ("brackenford-mayoral-recount", "margin"),
    ("brackenford-mayoral-recount", "recount-day"),
    ("brennock-fireworks-warehouse-explosion", "explosion-time"),
    ("castmere-jewellery-shop-raid", "robbers"),
    ("castmere-jewellery-shop-raid", "three men have now been arrested"),
    ("dunmore-rugby-coach-sacked", "coach-age"),
    ("dunmore-rugby-coach-sacked", "losing-streak"),
    ("dunmore-rugby-coach-sacked", "sponsor-clause"),
    ("dunmore-rugby-coach-sacked", "year-appointed"),
    ("ellisford-bank-hostage-siege", "and Lorne Abbott, 27."),
    ("ellisford-bank-hostage-siege", "ransom"),
    ("kellsbridge-marathon-course-record", "record-year"),
    ("kellsbridge-marathon-course-record", "winner-age"),
    ("kellsbridge-marathon-course-record", "winning-time"),
    ("kelverton-school-food-poisoning", "contract-year"),
    ("kelverton-school-food-poisoning", "head-age"),
    ("kelverton-school-food-poisoning", "hospital-count"),
    ("kelverton-school-food-poisoning", "lunch-time"),
    ("lowmoor-hospital-norovirus-outbreak", "closure-day"),
    ("lowmoor-hospital-norovirus-outbreak", "hand-gel-empty"),
    ("lowmoor-hospital-norovirus-outbreak", "not to visit any hospital until 48 hours"),
    ("lowmoor-hospital-norovirus-outbreak", "patient-age"),
    ("lowmoor-hospital-norovirus-outbreak", "ward-beds"),
    ("mount-tessary-plane-crash", "cargo-plane-turned-back"),
    ("mount-tessary-plane-crash", "people-on-board"),
    ("mount-tessary-plane-crash", "year-built"),
    ("oskerby-sports-hall-collapse", "people-inside"),
    ("oskerby-sports-hall-collapse", "score"),
    ("oskerby-sports-hall-collapse", "year-built"),
    ("pellburn-balloon-fiesta-crash", "accident-day"),
    ("pellburn-balloon-fiesta-crash", "landing-distance"),
    ("pellburn-balloon-fiesta-crash", "passengers"),
    ("pellburn-balloon-fiesta-crash", "ticket-price"),
    ("port-keswin-stadium-referendum", "capacity"),
    ("port-keswin-stadium-referendum", "opening-year"),
    ("port-keswin-stadium-referendum", "owner-land"),
    ("port-keswin-stadium-referendum", "show a capacity of 28,500"),
    ("port-keswin-stadium-referendum", "stadium-cost"),
    ("port-keswin-stadium-referendum", "yes-share"),
}
# The fifteenth round (tests/data/blind17, three testers), as the tool read them when they
# were added, after the fixes their testers' reports led to: 7 of 24 planted contradictions
# found; the one false conflict left then (the 35 jobs a warehouse sheds against the 640 at
# the plant, a site's share of layoffs) went with round 20's fixes.
PROBE_MISSES_ROUND19: set[tuple[str, str]] = {
    ("castlebrook-cocaine-raids", "arrests"),
    ("castlebrook-cocaine-raids", "cocaine-seized"),
    ("castlebrook-cocaine-raids", "raid-start-time"),
    ("castlebrook-cocaine-raids", "seized 42 kilograms of cocaine"),
    ("castlebrook-cocaine-raids", "what they say is the biggest drug raid"),
    ("harwick-washing-machine-closure", "jobs"),
    ("harwick-washing-machine-closure", "meeting-time"),
    ("lundgate-brake-hose-recall", "cars-recalled"),
    ("lundgate-brake-hose-recall", "crashes-linked"),
    ("lundgate-brake-hose-recall", "hose-supplier"),
    ("lundgate-brake-hose-recall", "repair-start"),
    ("marrowgate-earthquake-bell-tower", "tower-year"),
    ("port-selwyn-tsunami-warning", "evacuated"),
    ("port-selwyn-tsunami-warning", "quake-depth"),
    ("port-selwyn-tsunami-warning", "warning-lifted-time"),
    ("thornbury-fraud-sentencing", "A bus mechanic who said he now works weekends"),
    ("thornbury-fraud-sentencing", "amount-taken"),
    ("thornbury-fraud-sentencing", "investors"),
    ("thornbury-fraud-sentencing", "memoir"),
    ("thornbury-fraud-sentencing", "scheme-start"),
}
# Round 20 (tests/data/blind18, three testers), as the tool read them when they were added, after the fixes their testers' reports led to: 8 of 24 planted contradictions
# found, no trap reported.
PROBE_MISSES_ROUND20: set[tuple[str, str]] = {
    ("harwick-actress-death", "corwen-prizes"),
    ("harwick-actress-death", "death-day"),
    ("harwick-basketball-coach-firing", "amadi-clash"),
    ("harwick-basketball-coach-firing", "money-owed"),
    ("harwick-basketball-coach-firing", "record"),
    ("harwick-basketball-coach-firing", "sunday-score"),
    ("lenmouth-jewellery-raid", "Lenmouth Metropolitan Police urged anyone who saw the robbers"),
    ("lenmouth-jewellery-raid", "alarm-disabled"),
    ("lenmouth-jewellery-raid", "founded-year"),
    ("lenmouth-jewellery-raid", "robbers"),
    ("lenmouth-jewellery-raid", "safe-tools"),
    ("marlow-junction-software-takeover", "hq-closure"),
    ("marlow-junction-software-takeover", "termination-fee"),
    ("port-havell-piracy-rescue", "crew"),
    ("port-havell-piracy-rescue", "hijack-day"),
    ("port-havell-piracy-rescue", "mother-ship"),
    ("port-havell-piracy-rescue", "security-cut"),
    ("port-merrow-laptop-launch", "A million over two years."),
    ("port-merrow-laptop-launch", "base-price"),
    ("port-merrow-laptop-launch", "battery-life"),
    ("port-merrow-laptop-launch", "sale-date"),
    ("port-merrow-laptop-launch", "weight"),
}
# Round 21 (tests/data/blind19, three testers), as the tool read them when they were added,
# after the fixes their testers' reports led to: 10 of 24 planted contradictions found, no
# trap reported.
PROBE_MISSES_ROUND21: set[tuple[str, str]] = {
    ("dunmore-falls-party-shooting", "exit-chained"),
    ("dunmore-falls-party-shooting", "wounded"),
    # Backed only by one outlet's reports now; "praised ..., saying" credits nothing.
    ("dunmore-hospital-fire", "the roughly 60 firefighters who responded"),
    ("dunmore-hospital-fire", "patients-evacuated"),
    ("grelling-harbour-trawler-sinking", "crew-aboard"),
    ("grelling-harbour-trawler-sinking", "distance-offshore"),
    ("harwick-singer-drunk-driving-arrest", "blood-alcohol"),
    ("port-ashby-basketball-signing", "career-high"),
    ("port-ashby-basketball-signing", "signing-bonus"),
    ("tolvan-highlands-earthquake", "dam-crack"),
    ("tolvan-highlands-earthquake", "looters"),
    ("tolvan-highlands-earthquake", "strongest-aftershock"),
    ("tolvan-highlands-earthquake", "the hospital had treated 85 patients by noon"),
}
# Round 22 (tests/data/blind20, three testers), as the tool read them when they were added,
# after the fixes their testers' reports led to: 7 of 24 planted contradictions found, no
# trap reported.
PROBE_MISSES_ROUND22: set[tuple[str, str]] = {
    ("harwick-marathon-record", "starters"),
    ("harwick-marathon-record", "winner-prize"),
    ("lowbridge-river-flood", "People I spoke to say it began after 36 hours"),
    ("lowbridge-river-flood", "drowned-driver-age"),
    ("lowbridge-river-flood", "levee-breach-time"),
    ("marlowe-springs-wildfire", "start-time"),
    ("port-ellery-budget-vote", "budget-total"),
    ("port-ellery-fraud-sentencing", "investors"),
    ("port-ellery-fraud-sentencing", "prison-term"),
}
# Round 23 (tests/data/blind21, four testers), as the tool read them when they were added,
# after the fixes their testers' reports led to: 14 of 32 planted contradictions found, one
# trap reported (the unclaimed tickets' four states against three).
PROBE_MISSES_ROUND23: set[tuple[str, str]] = {
    ("averley-tram-vote", "C2-cost"),
    ("averley-tram-vote", "C3-national-share"),
    ("averley-tram-vote", "C4-vote-day"),
    ("brackenfield-q3-results", "head-office-destination"),
    ("brackenfield-q3-results", "q3-revenue"),
    ("brackenfield-q3-results", "to £52 million from £61 million"),
    ("calderbridge-flood", "C2-boat-rescues"),
    ("calvenia-election", "C1-crp-seats"),
    ("calvenia-election", "C4-victory-speech-place"),
    ("coronet-jackpot", "C1-cash-option"),
    ("coronet-jackpot", "C4-where-sold"),
    ("coronet-jackpot", "verdict-four-vs-three-states"),
    ("dunmore-ice-storm", "a gust of 78 mph at Carrow Point"),
    ("dunmore-ice-storm", "substation-fire-time"),
    ("quickseal-verdict", "compensatory-amount"),
    ("quickseal-verdict", "deliberation-hours"),
    ("quickseal-verdict", "plaintiff-count"),
    ("westmarch-cup-final", "attendance"),
    ("westmarch-cup-final", "red-card-minute"),
}
# The twenty-second round of blind testers' stories (tests/data/blind22), as the tool read
# them when they were added.
PROBE_MISSES_ROUND24: set[tuple[str, str]] = {
    ("cargo-plane-crash", "C3-crash-time"),
    ("cargo-plane-crash", "C4-runway-length"),
    ("castellan-court-explosion", "c3_floors"),
    ("castellan-court-explosion", "c4_fund"),
    ("corrabeg-rescue", "C1-rescuer-count"),
    ("corrabeg-rescue", "C2-ledge-altitude"),
    ("corrabeg-rescue", "C4-hospital"),
    ("corrabeg-rescue", "almost four hours during the operation"),
    ("heatwave-rationing", "fine-amount"),
    ("heatwave-rationing", "rationing-start-day"),
    ("heatwave-rationing", "reservoir-monday"),
    ("heatwave-rationing", "saturday-peak-temp"),
    ("hospital-breach", "ambulances-diverted-tuesday"),
    ("hospital-breach", "phishing-entry"),
    ("thornwick-east-byelection", "c2_arkwright_votes"),
    ("thornwick-east-byelection", "had put Arkwright on 46 per cent"),
    ("veltrix-layoffs", "C1-restructuring-charge"),
    ("veltrix-layoffs", "C2-tuesday-share-fall"),
    ("veltrix-layoffs", "C4-memo-day"),
    ("veltrix-layoffs", "price target on the stock to $38"),
    ("zoo-escape", "Z1-officers"),
    ("zoo-escape", "Z3-alarm-time"),
    ("zoo-escape", "Z4-refurb-cost"),
}
# The twenty-third round of blind testers' stories (tests/data/blind23), as the tool read
# them when they were added.
PROBE_MISSES_ROUND25: set[tuple[str, str]] = {
    ("bird-flu-cull", "C1-birds-to-cull"),
    ("bird-flu-cull", "C2-day-confirmed"),
    ("brantmoor-lift-fall", "C1-fall-distance"),
    ("brantmoor-lift-fall", "C3-occupants"),
    ("brantmoor-lift-fall", "C4-inspection-date"),
    ("brantmoor-lift-fall", "barely 60 percent of them"),
    ("crane-collapse", "20 crane inspectors by next spring"),
    ("crane-collapse", "C1-injured-count"),
    ("crane-collapse", "C2-project-cost"),
    ("crane-collapse", "Skyreach Lifting for 19 years"),
    ("crane-collapse", "U3-behind-schedule"),
    ("marrowbank-march", "M-C3-start-time"),
    ("tarrow-cruise-grounding", "C1-grounding-time"),
    ("tarrow-cruise-grounding", "C2-gash-length"),
    ("tarrow-cruise-grounding", "C4-compensation-credit"),
    ("valtera-emissions", "V-C1-compensation-fund"),
    ("valtera-emissions", "V-C4-announcement-day"),
    ("varnholt-swim-record", "W-C1-time"),
    ("varnholt-swim-record", "W-C2-age"),
    ("varnholt-swim-record", "W-C3-money"),
    ("varnholt-swim-record", "W-C4-day"),
    ("varnholt-swim-record", "W-U3"),
    ("wrenfield-sinkhole", "S-C4-money"),
    ("wrenfield-sinkhole", "S-U2"),
}
# The twenty-fourth round of blind testers' stories (tests/data/blind24), as the tool read
# them when they were added.
PROBE_MISSES_ROUND26: set[tuple[str, str]] = {
    ("calder-vale-admissions", "C-C1-money"),
    ("calder-vale-admissions", "C-C3-count"),
    ("calder-vale-admissions", "C-C4-day"),
    ("calder-vale-admissions", "Thirty-one students, by the DA's count"),
    ("greyhaven-turbine", "G-C2-height"),
    ("greyhaven-turbine", "G-C4-cost"),
    ("lake-tavrin-algae", "closure_order_time"),
    ("lake-tavrin-algae", "dogs_dead"),
    ("lake-tavrin-algae", "heat_35c"),
    ("lake-tavrin-algae", "phosphorus_tripled"),
    ("lottery-fraud-trial", "C2-lump-sum"),
    ("lottery-fraud-trial", "C3-claim-date"),
    ("lottery-fraud-trial", "C4-store-street"),
    ("port-halloway-games-bid", "G-C2-venues"),
    ("port-halloway-games-bid", "G-C3-poll"),
    ("port-halloway-games-bid", "G-C4-voteday"),
    ("port-halloway-games-bid", "G-U2-1971"),
    ("tollan-fish-kill", "F-C1-volume"),
    ("tollan-fish-kill", "F-C2-time"),
    ("tollan-fish-kill", "F-C3-trout-share"),
    ("tollan-fish-kill", "F-C4-age"),
    ("tolvik-mine-licence", "cleanup_amount"),
    ("tolvik-mine-licence", "ruling_day"),
    ("tolvik-mine-licence", "seepage_percent"),
    ("tunnel-train-power-loss", "C1-passengers"),
    ("tunnel-train-power-loss", "C2-power-loss-time"),
    ("tunnel-train-power-loss", "C3-temperature"),
}
# The twenty-fifth round of blind testers' stories (tests/data/blind25), as the tool read
# them when they were added.
PROBE_MISSES_ROUND27: set[tuple[str, str]] = {
    ("bank-outage", "B-C1-customers"),
    ("bank-outage", "B-C2-start-time"),
    # Lost in session 17: "a compensation pot" is compensation now, and "set aside $15
    # million to cover overdraft fees" names no such sum (the two met as "price" before).
    ("bank-outage", "B-C4-compensation"),
    ("bank-outage", "B-U1"),
    ("bank-outage", "website lists 1,473 ATMs"),
    ("exam-paper-leak", "E-C3-time"),
    ("exam-paper-leak", "E-C4-resit-day"),
    ("heat-record", "H-C1-time"),
    ("heat-record", "H-C3-overnight-low"),
    ("heat-record", "H-C4-admissions"),
    ("heat-record", "plant 2 million shade trees"),
    ("hospital-waiting-list", "H-C1-over-a-year"),
    ("hospital-waiting-list", "H-C2-bonus"),
    ("hospital-waiting-list", "H-C4-suspension-day"),
    ("motorway-coach-fire", "M-C2-driver-age"),
    ("motorway-coach-fire", "M-C3-time"),
    ("motorway-coach-fire", "M-C4-place"),
    ("motorway-coach-fire", "runs 40 coaches and has grounded six"),
    ("racing-doping", "R-C1-prize"),
    ("racing-doping", "R-C3-ban-length"),
    ("racing-doping", "R-C4-race-time"),
    ("station-flood", "replaced only 9 kilometres since 2019"),
    ("station-flood", "sf-evacuated"),
    ("valcourt-divorce", "vd-age"),
    ("valcourt-divorce", "vd-day"),
    ("valcourt-divorce", "vd-lump-sum"),
    ("valcourt-divorce", "vd-stake"),
}
PROBE_MISSES_ROUND28: set[tuple[str, str]] = {
    ("chess-championship-upset", "K-C1-score"),
    ("chess-championship-upset", "K-C2-prize"),
    ("chess-championship-upset", "K-C3-age"),
    ("chess-championship-upset", "K-C4-day"),
    ("chess-championship-upset", "K-U3-tarrow"),
    ("drug-trial-halt", "C1-enrolment"),
    ("drug-trial-halt", "C3-committee-day"),
    ("drug-trial-halt", "C4-development-cost"),
    ("drug-trial-halt", "Nine patients remain in hospital"),
    ("hollinsmere-dog-attack", "attack-time"),
    ("port-ellery-parking-vote", "harbour-st-hourly"),
    ("port-ellery-parking-vote", "rise-percent"),
    ("port-ellery-parking-vote", "vote-day"),
    ("port-ellery-parking-vote", "votes-for"),
    ("ravelle-museum-gift", "C1-works-count"),
    ("ravelle-museum-gift", "C3-signing-day"),
    ("ravelle-museum-gift", "C4-endowment"),
    ("ravelle-museum-gift", "about 43,000 square feet"),
    ("ski-lodge-co", "C4-co-reading"),
    ("tanker-collision-velmora", "T-C2-missing"),
    ("tanker-collision-velmora", "T-C3-length"),
    ("velmont-hailstorm", "C1-hail-start-time"),
    ("velmont-hailstorm", "C2-vineyards-hit"),
    ("velmont-hailstorm", "C4-crop-lost-pct"),
    ("velmont-hailstorm", "losses from Monday's hailstorm to $24 million"),
    ("velmont-hailstorm", "roughly 40 percent of this year's crop"),
    ("velmont-hailstorm", "wiped out some 65 percent of the valley's vintage"),
}
PROBE_MISSES_ROUND29: set[tuple[str, str]] = {
    ("ferry-silver-tern", "F-C1"),
    ("ferry-silver-tern", "F-C3"),
    ("ferry-silver-tern", "F-C4"),
    ("jockey-fall", "field-size"),
    ("jockey-fall", "off-time"),
    ("jockey-fall", "strike-rate"),
    ("maternity-outbreak", "closure-day"),
    ("maternity-outbreak", "dead-baby-age"),
    ("maternity-outbreak", "deep-clean-funding"),
    ("maternity-outbreak", "icu-count"),
    ("maternity-outbreak", "inspection-2024"),
    ("pilots-strike", "put at 7.4 percent last year"),
    ("pilots-strike", "talks_collapse"),
    ("pipeline-blast", "okoro_age"),
    ("pipeline-blast", "pipe_diameter"),
    ("quillfire-loss", "Q-C2"),
    ("quillfire-loss", "Q-C3"),
    ("quillfire-loss", "Q-C4"),
    ("quillfire-loss", "wiped about $1.3 billion off Quillfire's market value"),
    ("stadium-roof-fire", "S-C1-fire-engines"),
    ("stadium-roof-fire", "S-C3-roof-cost"),
    ("tram-derailment", "T-C1-speed"),
    ("tram-derailment", "T-C2-cost"),
    ("tram-derailment", "T-C3-certification-day"),
}
PROBE_MISSES_ROUND30: set[tuple[str, str]] = {
    ("forgery-trial-verdict", "C1-counts-convicted"),
    ("forgery-trial-verdict", "C2-harbour-price"),
    ("forgery-trial-verdict", "C4-verdict-day"),
    ("icy-pass-bus-crash", "C1-students-aboard"),
    ("icy-pass-bus-crash", "C4-fall-distance"),
    ("icy-pass-bus-crash", "U3-guardrail-2016"),
    ("kestrelby-roof-collapse", "K-C4-warehouse-area"),
    ("kestrelby-roof-collapse", "K-U2-third-collapse"),
    ("marathon-death", "C2-day-of-death"),
    ("marathon-death", "C4-temperature"),
    ("marathon-death", "would report within six weeks"),
    ("ostrell-bank-ceo", "O-C1-loan-amount"),
    ("ostrell-bank-ceo", "O-C4-resignation-day"),
    ("sable-creek-wildfire", "C3-evacuation-order-time"),
    ("tanker-overturn", "C1-firefighters"),
    ("tanker-overturn", "C3-crash-time"),
    ("tanker-overturn", "promised new concrete barriers by 2027"),
    ("wexmoor-rovers-sacking", "C1-score"),
    ("wexmoor-rovers-sacking", "C2-attendance"),
    ("wexmoor-rovers-sacking", "C3-payoff"),
    ("wexmoor-rovers-sacking", "C4-day-of-sacking"),
}
PROBE_MISSES_ROUND31: set[tuple[str, str]] = {
    ("actor-found-dead", "C3-911-time"),
    ("actor-found-dead", "C4-oscar-nominations"),
    ("actor-found-dead", "U1-bypass"),
    ("carrowford-shooting", "C2-arrest-weekday"),
    ("carrowford-shooting", "C4-time"),
    ("heavyweight-title-stoppage", "C1-round"),
    ("heavyweight-title-stoppage", "C3-attendance"),
    ("heavyweight-title-stoppage", "C4-drasko-purse"),
    ("heavyweight-title-stoppage", "U2-warnings"),
    ("heavyweight-title-stoppage", "U3-knockdowns"),
    ("parvanek-confirmation", "C1-yes-votes"),
    ("parvanek-confirmation", "C2-age"),
    ("parvanek-confirmation", "C3-nomination-day"),
    ("parvanek-confirmation", "C4-budget"),
    ("running-back-ir", "C1-contract-value"),
    ("running-back-ir", "C2-kessel-yards"),
    ("running-back-ir", "C4-snap-share"),
    ("running-back-ir", "U1-no-missed-games"),
    ("sabrin-flats-strike", "C1-strike-time"),
    ("sabrin-flats-strike", "C2-bombs"),
    ("sabrin-flats-strike", "C3-border-distance"),
    ("sabrin-flats-strike", "C4-camp-population"),
    ("sallentor-aftershock", "C3-time"),
    ("server-chip-unveiling", "C1-cores"),
    ("server-chip-unveiling", "C2-price"),
    ("server-chip-unveiling", "C3-base-clock"),
    ("server-chip-unveiling", "C4-launch-date"),
}
# Round 32 (blind30). Traps still reported: N5, two agencies' rescues ("officers had rescued
# 31 people", "her crews had rescued 86"), two descriptions the tool cannot tell apart.
PROBE_MISSES_ROUND32: set[tuple[str, str]] = {
    ("brannock-ransomware", "U1-entry-point"),
    ("castlereach-cup-final", "C1-opener-minute"),
    ("castlereach-cup-final", "C4-red-card-count"),
    ("castlereach-cup-final", "said on Monday that 22 people had now been arrested"),
    ("corvane-418-landing", "C1-passenger-count"),
    ("marrable-rehab", "C1-checkin-weekday"),
    ("marrable-rehab", "C2-contract-money"),
    ("marrable-rehab", "C3-programme-length"),
    ("marrable-rehab", "C4-episodes-filmed"),
    ("marrable-rehab", "in 2019, lasted 45 days"),
    ("orlyk-dui-crash", "C1-singer-age"),
    ("orlyk-dui-crash", "C3-crash-time"),
    ("orrin-vale-shooting", "C1-wounded-count"),
    ("orrin-vale-shooting", "C4-weekday"),
    ("orrin-vale-shooting", "U2-side-door"),
    ("quillstone-parrowmark-deal", "C2-parrowmark-employees"),
    ("quillstone-parrowmark-deal", "C4-board-vote-day"),
    ("quillstone-parrowmark-deal", "U4-third-largest"),
    ("talloway-flood", "C1-evacuated"),
    ("talloway-flood", "N5-different-rescuers"),
}
PROBE_MISSES_ROUND33: set[tuple[str, str]] = {
    ("carrowmoor-plant-closure", "C2-years-open"),
    ("carrowmoor-plant-closure", "C3-final-shift"),
    ("carrowmoor-plant-closure", "U4-trelsburg"),
    ("hurricane-ysolde", "C1-landfall-time"),
    ("hurricane-ysolde", "C3-shelter-count"),
    ("hurricane-ysolde", "C4-landfall-distance"),
    ("kestrel-ridge-hiker", "C4-weekday-found"),
    ("marrick-trial", "C1-sentence-years"),
}
# Round 34 (blind32): eight stories, four blind testers, frozen at 9799b2f (11 of 32 found,
# none false); what the tool still misses after its fixes.
PROBE_MISSES_ROUND34: set[tuple[str, str]] = {
    ("castellan-falls-mayor", "C2-winner-age"),
    ("castellan-falls-mayor", "C4-concession-time"),
    ("emberline-festival-crush", "C4-ticket-price"),
    ("eskeland-transfer", "C3-fee-euros"),
    ("eskeland-transfer", "C4-unveil-time"),
    ("kellan-ferry-capsize", "C4-weekday"),
    ("larkmoor-bank-standoff", "C1-hostage-count"),
    ("tamsin-ridge-fire", "C3-evacuation-day"),
    ("veradine-tensilor-recall", "C2-impurity-max"),
    ("castellan-falls-mayor", "U4-swearing-in"),
    ("emberline-festival-crush", "U3-since-2008"),
    ("hollin-ridge-collapse", "U3-inspection"),
    ("hollin-ridge-collapse", "U4-profit"),
    ("kellan-ferry-capsize", "U3-failed-inspection"),
    ("larkmoor-bank-standoff", "U1-time-lock"),
    ("castellan-falls-mayor", "Pelletier finished with 15,097 votes"),
    ("kellan-ferry-capsize", "waves of up to six metres on Monday"),
}
# Round 35 (blind33): eight stories, four blind testers, frozen at 83dcc94 (10 of 32 found,
# none false); what the tool still misses after its fixes.
PROBE_MISSES_ROUND35: set[tuple[str, str]] = {
    ("keldwater-flood", "C3-peak-time"),
    ("keldwater-flood", "C4-bridge-distance"),
    ("larkmoor-marathon", "C1-winning-time"),
    ("larkmoor-marathon", "C2-winner-age"),
    ("larkmoor-marathon", "C3-previous-record"),
    ("larkmoor-marathon", "C4-race-weekday"),
    ("pellow-cross-derailment", "C1-carriages"),
    ("port-calloway-stadium", "C1-cost"),
    ("port-calloway-stadium", "C3-vote-weekday"),
    ("port-calloway-stadium", "C4-opening-year"),
    ("quillfeather-breach", "C1-date-discovered"),
    ("quillfeather-breach", "C2-share-fall"),
    ("quillmere-prison-riot", "C2-end-time"),
    ("quillmere-prison-riot", "C3-capacity"),
    ("quillmere-prison-riot", "C4-start-weekday"),
    ("saltmarrow-outbreak", "C4-closure-weekday"),
    ("vessington-gas-blast", "C3-debris-distance"),
    ("port-calloway-stadium", "U2-rail-yard-1994"),
    ("quillfeather-breach", "U3-ciso"),
    ("vessington-gas-blast", "U3-cast-iron-1958"),
    ("keldwater-flood", "another 40 to 50 millimetres of rain for Thursday"),
    ("port-calloway-stadium", "gathered 6,200 signatures"),
}
# Round 36 (blind34): eight stories, four blind testers, frozen at 10e4ba9 (11 of 32 found,
# four false conflicts, one of them a trap: gusts at two stations); what the tool still
# misses after its fix.
PROBE_MISSES_ROUND36: set[tuple[str, str]] = {
    ("aldane-fraud-sentencing", "C1-prison-term"),
    ("aldane-fraud-sentencing", "C3-sum-stolen"),
    ("aldane-fraud-sentencing", "C4-sentencing-weekday"),
    ("brenhollow-eruption", "C1-eruption-time"),
    ("brenhollow-eruption", "C4-previous-eruption-year"),
    ("bus-plunge-kestrel-pass", "C4-speed-limit"),
    ("cyclone-torvane", "C4-airport-gust"),
    ("dunmere-rovers-sacking", "C1-games-in-charge"),
    ("dunmere-rovers-sacking", "C2-compensation"),
    ("dunmere-rovers-sacking", "C4-league-position"),
    ("halvorsen-theft", "C2-entry-time"),
    ("halvorsen-theft", "C4-van-distance"),
    ("harbourline-hotel-fire", "C1-guests-evacuated"),
    ("harbourline-hotel-fire", "C4-weekday"),
    ("nurses-strike-brennmoor", "C1-pay-demand"),
    ("nurses-strike-brennmoor", "C2-strikers"),
    ("nurses-strike-brennmoor", "C3-duration"),
    ("nurses-strike-brennmoor", "C4-start-day"),
    ("cyclone-torvane", "N8-different-stations"),
    ("brenhollow-eruption", "U4-insurance"),
    ("dunmere-rovers-sacking", "U1-9am"),
    ("aldane-fraud-sentencing", "Prosecutors had sought 12 years"),
    ("aldane-fraud-sentencing", "$250,000 on a racing yacht"),
    ("brenhollow-eruption", "five-kilometre exclusion zone"),
}
# Round 37 (blind35): eight stories, four blind testers, frozen at 211dd76 (11 of 32 found,
# four false conflicts, one of them a trap: homes under an advisory that the later report
# says fell); what the tool still misses after its fixes.
PROBE_MISSES_ROUND37: set[tuple[str, str]] = {
    ("ashdale-verdict", "C2-verdict-weekday"),
    ("ashdale-verdict", "C3-witness-count"),
    ("brennock-budget-vote", "C1-vote-tally"),
    ("brennock-budget-vote", "C3-vote-weekday"),
    ("brennock-budget-vote", "C4-tax-percent"),
    ("corvane-482-landing", "C1-passenger-count"),
    ("corvane-482-landing", "C4-voucher"),
    ("oxley-forge-closure", "C3-closing-date"),
    ("tarrow-river-spill", "C1-gallons"),
    ("tarrow-river-spill", "C4-weekday"),
    ("tornado-kessler-ridge", "C4-damage-estimate"),
    ("ashdale-verdict", "U3-acquittal"),
    ("ashdale-verdict", "U4-jail-wing"),
    ("corvane-482-landing", "U4-third-diversion"),
    ("oxley-forge-closure", "U2-profit"),
    ("tarrow-river-spill", "U4-revenue"),
    ("tornado-kessler-ridge", "peak winds of 150 mph"),
    ("tornado-kessler-ridge", "Vernon Aske, 59"),
}
# Round 38 (blind36): eight stories, four blind testers, frozen at 606c819 (13 of 32 found,
# five false conflicts, three of them traps); what the tool still misses after its fixes.
PROBE_MISSES_ROUND38: set[tuple[str, str]] = {
    # Lost in session 17: "raises of 5.5%" reads as a change, "an offer of 3.5 percent" as
    # a level, so the two offers no longer meet.
    ("carrow-bay-strike", "C4-offer-pct"),
    ("brackenholt-trial", "C1-enrolment"),
    ("brackenholt-trial", "C2-reduction-pct"),
    ("brackenholt-trial", "C4-call-time"),
    ("carrow-bay-strike", "C1-strikers"),
    ("carrow-bay-strike", "C3-start-weekday"),
    ("fishing-boat-sinking", "C2-distance"),
    ("fishing-boat-sinking", "C4-departure-day"),
    ("hollinmere-jaguar-escape", "C2-distance"),
    ("hollinmere-jaguar-escape", "C3-recapture-weekday"),
    ("hollinmere-jaguar-escape", "C4-budget-cut-pct"),
    ("marrowfield-heat-blackout", "C4-airport-high"),
    ("st-aldwin-cyberattack", "C3-weekday-detected"),
    ("st-aldwin-cyberattack", "C4-servers-encrypted"),
    ("carrow-bay-strike", "N7-forecast"),
    ("carrow-bay-strike", "U2-rank"),
    ("fishing-boat-sinking", "U4-inspection"),
    ("hollinmere-jaguar-escape", "U1-wire-off"),
    ("hollinmere-jaguar-escape", "U3-fourth-escape"),
    ("hollinmere-jaguar-escape", "U4-culvert"),
    ("st-aldwin-cyberattack", "U2-audit-2019"),
    ("brackenholt-trial", "1,915 patients had joined"),
    ("hollinmere-jaguar-escape", "60 reported sightings"),
}
# Round 39 (blind37): eight stories, four blind testers, frozen at 2a9e29c (8 of 32 found,
# one false conflict, a planted forecast); what the tool still misses after its fix.
PROBE_MISSES_ROUND39: set[tuple[str, str]] = {
    ("averin-tanker-spill", "C1-crew-count"),
    ("averin-tanker-spill", "C2-distance-offshore"),
    ("averin-tanker-spill", "C3-cargo"),
    ("hiker-found-alive", "C1-age"),
    ("hiker-found-alive", "C2-time-found"),
    ("hiker-found-alive", "C4-weekday-start"),
    ("listeria-recall", "C2-victim-age"),
    ("olvar-dam-failure", "C3-evacuated"),
    ("orlen-falls-bank-robbery", "C1-robbery-time"),
    ("orlen-falls-bank-robbery", "C2-amount-stolen"),
    ("rusk-doping-ban", "C3-test-weekday"),
    ("rusk-doping-ban", "C4-races-annulled"),
    ("tuition-protest", "C1-percent"),
    ("tuition-protest", "C2-arrests"),
    ("tuition-protest", "C3-shortfall"),
    ("waiting-list-scandal", "C1-hidden-list-size"),
    ("waiting-list-scandal", "C2-longest-wait"),
    ("waiting-list-scandal", "C3-suspension-weekday"),
    ("waiting-list-scandal", "C4-share-over-year"),
    ("averin-tanker-spill", "U3-pilot-station"),
    ("averin-tanker-spill", "U4-flag"),
    ("hiker-found-alive", "U4-food"),
    ("listeria-recall", "U1-price"),
    ("olvar-dam-failure", "U3-bridge"),
    ("olvar-dam-failure", "U4-insurance"),
    ("rusk-doping-ban", "U3-appeal-21-days"),
    ("rusk-doping-ban", "U4-last-race"),
}
PROBE_MISSES_ROUND40: set[tuple[str, str]] = {
    ("drug-trial", "C3-trial-sites"),
    ("drug-trial", "C4-lead-investigator"),
    ("ferry-capsize", "C1-capsize-time"),
    ("ferry-capsize", "C2-captain-age"),
    ("ferry-capsize", "C3-distance"),
    ("ferry-capsize", "C4-departure-port"),
    ("festival-crush", "C3-injured-count"),
    ("festival-crush", "C4-who-stopped-music"),
    ("marlow-budget-vote", "C1-tax-rate"),
    ("marlow-budget-vote", "C3-speakers"),
    ("marlow-budget-vote", "C4-amendment-sponsor"),
    ("marlow-budget-vote", "about $2 a week for the median home"),
    ("merger-job-cuts", "C4-ceo"),
    ("merger-job-cuts", "U1-bonuses"),
    ("quillmark-verdict", "C1-loss-amount"),
    ("quillmark-verdict", "C3-counts-convicted"),
    ("quillmark-verdict", "C4-presiding-judge"),
    ("quillmark-verdict", "U3-lake-house"),
    ("ridgeford-blizzard", "C4-highway-closure-length"),
    ("ridgeford-blizzard", "estimating storm costs at $14 million"),
    ("thistle-canyon-fire", "C3-engine-count"),
}

PROBE_MISSES_ROUND41: set[tuple[str, str]] = {
    ("brackwell-grants", "C1-misspent-amount"),
    ("brackwell-grants", "C3-grad-students"),
    ("brackwell-grants", "C4-who-ordered-audit"),
    ("brackwell-grants", "U1-flights"),
    ("brackwell-grants", "the lab has received $5.9 million"),
    ("calverdine-mayor", "C2-margin"),
    ("calverdine-mayor", "C4-who-announced"),
    ("calverdine-mayor", "U4-reserve"),
    ("corvane-breach", "C2-employees"),
    ("dravenholt-mine", "C1-underground"),
    ("dravenholt-mine", "C3-depth"),
    ("dravenholt-mine", "C4-alarm"),
    ("dravenholt-mine", "U3-bolts"),
    ("harwick-sacking", "C2-tenure"),
    ("harwick-sacking", "C3-crowd"),
    ("kessmoor-fire", "C3-evacuated"),
    ("ostervale-leopard", "C1-time-discovered"),
    ("ostervale-leopard", "C2-age"),
    ("ostervale-leopard", "C4-who-darted"),
}

PROBE_MISSES_ROUND42: set[tuple[str, str]] = {
    ("bridge-toll", "C1-car-toll"),
    ("bridge-toll", "C4-motion-mover"),
    ("bridge-toll", "U6-cashless"),
    ("brindlecombe-flood", "C1-homes-destroyed"),
    ("brindlecombe-flood", "C2-damage-estimate"),
    ("cruise-norovirus", "C2-crew-sick"),
    ("cruise-norovirus", "C3-voyage-length"),
    ("cruise-norovirus", "U4-infirmary"),
    ("dunmere-chief", "C1-tickets-voided"),
    ("dunmere-chief", "C2-fund-misuse"),
    ("dunmere-chief", "C3-tenure"),
    ("dunmere-chief", "C4-letter-day"),
    ("dunmere-chief", "Harcastle voided 143 traffic citations"),
    ("dunmere-chief", "He led the department for seven years"),
    ("exchange-halt", "All 412 listed companies were affected"),
    ("exchange-halt", "C1-halt-time"),
    ("exchange-halt", "C2-halt-duration"),
    ("exchange-halt", "C3-index-fall"),
    ("exchange-halt", "C4-who-ordered"),
    ("harwick-bus-crash", "C1-students-aboard"),
    ("harwick-bus-crash", "C3-slide-distance"),
    ("heatwave-admissions", "C4-emergency-day"),
    ("marrowby-auction-record", "C2-bidder-count"),
    ("marrowby-auction-record", "C4-winning-specialist"),
}

PROBE_MISSES_ROUND43: set[tuple[str, str]] = {
    ("ferry-strike", "C1-crew-count"),
    ("ferry-strike", "C3-pay-offer"),
    ("ferry-strike", "around 180,000 dollars a day"),
    ("harwick-gas-blast", "C3-evacuated"),
    ("harwick-gas-blast", "C4-day"),
    ("keldmoor-riot", "C1-participants"),
    ("keldmoor-riot", "C4-who-ordered"),
    ("landslide-road", "C1-length-buried"),
    ("landslide-road", "C2-residents-cut-off"),
    ("landslide-road", "C3-time-of-slide"),
    ("landslide-road", "C4-who-rescued"),
    ("pharma-fine", "C1-helvex-fine"),
    ("pharma-fine", "C2-patients"),
    ("quillon-earnings", "C3-ceo-tenure"),
    ("quillon-earnings", "C4-release-day"),
    ("smoke-emergency", "C1-peak-aqi"),
    ("smoke-emergency", "C2-er-visits"),
    ("smoke-emergency", "C3-who-signed"),
    ("smoke-emergency", "C4-fire-distance"),
    ("valdoria-qualifier", "C2-winner-minute"),
    ("valdoria-qualifier", "C3-crowd"),
    ("valdoria-qualifier", "C4-winner-scorer"),
    ("valdoria-qualifier", "U1-coach-salary"),
}

PROBE_MISSES_ROUND44: set[tuple[str, str]] = {
    ("arena-roof", "C3-firefighters"),
    ("arena-roof", "C4-who-ordered-evacuation"),
    ("boil-water", "C1-notice-time"),
    ("boil-water", "C4-offline-duration"),
    ("halloway-murder-sentencing", "24 members of Halloway's family"),
    ("halloway-murder-sentencing", "C2-deliberation-length"),
    ("halloway-murder-sentencing", "C3-prosecution-witnesses"),
    ("halloway-murder-sentencing", "C4-who-found-body"),
    ("hurricane-orlena", "C2-evacuated"),
    ("hurricane-orlena", "C4-emergency-day"),
    ("hurricane-orlena", "U3-sixth-hurricane"),
    ("hurricane-orlena", "a storm surge of 9 feet"),
    ("kestrelford-chlorine-leak", "C1-tank-capacity"),
    ("kestrelford-chlorine-leak", "C2-chlorine-released"),
    ("kestrelford-chlorine-leak", "C4-who-ordered-evacuation"),
    ("lottery-jackpot", "C1-jackpot-amount"),
    ("lottery-jackpot", "C3-sunday-crowd"),
    ("lottery-jackpot", "a retailer bonus of $25,000"),
    ("pilots-strike", "C4-talks-collapse-day"),
    ("tuition-freeze", "25 percent of undergraduates receive Pell Grants"),
    ("tuition-freeze", "C1-freeze-length"),
    ("tuition-freeze", "C3-freeze-cost"),
    ("tuition-freeze", "C4-who-proposed"),
    ("tuition-freeze", "U4-food-pantry"),
    ("tuition-freeze", "U5-out-of-state-apps"),
}

PROBE_MISSES_ROUND45: set[tuple[str, str]] = {
    ("barge-bridge-strike", "C2-time-of-strike"),
    ("barge-bridge-strike", "C3-collapsed-length"),
    ("barge-bridge-strike", "C4-towboat-operator"),
    ("film-prize", "C4-who-presented"),
    ("orrinford-water-main", "C1-businesses-flooded"),
    ("orrinford-water-main", "C3-evacuated"),
    ("orrinford-water-main", "C4-year-laid"),
    ("orrinford-water-main", "an early damage estimate of $2.4 million"),
    ("pharma-biotech-deal", "C1-deal-value"),
    ("pharma-biotech-deal", "C3-headcount"),
    ("rail-strike", "C1-cancelled-services"),
    ("rally-arrest", "C3-riot-police"),
    ("rally-arrest", "C4-warrant-reader"),
    ("rally-arrest", "drew 40,000 people, by the party's count"),
    ("rellig-doping-ban", "C4-opponent"),
    ("ship-fire", "C1-crew-count"),
    ("ship-fire", "C2-duration"),
    ("ship-fire", "C4-alarm-raiser"),
}

PROBE_MISSES_ROUND46: set[tuple[str, str]] = {
    ("chef-assault", "C3-diners-present"),
    ("chef-assault", "C4-day"),
    ("chef-assault", "U5-viewers"),
    ("gulls-guard-trade", "C1-contract-owed"),
    ("gulls-guard-trade", "C3-scoring"),
    ("gulls-guard-trade", "C4-announce-day"),
    ("harrowgate-bank-fine", "C2-laundered-amount"),
    ("harrowgate-bank-fine", "C3-failure-duration"),
    ("harrowgate-bank-fine", "C4-announcement-day"),
    ("harrowgate-bank-fine", "U3-free-port-branches"),
    ("harrowgate-bank-fine", "U5-ytd-shares"),
    ("linden-cross-shooting", "C1-start-time"),
    ("linden-cross-shooting", "C3-evacuated"),
    ("linden-cross-shooting", "C4-entrance"),
    ("linden-cross-shooting", "U5-third-shooting"),
    ("lumora-arc7", "C1-base-price"),
    ("lumora-arc7", "C2-attendance"),
    ("lumora-arc7", "C3-battery-percent"),
    ("lumora-arc7", "C4-who-unveiled"),
    ("storm-kestrel-cay", "C1-cottages-destroyed"),
    ("storm-kestrel-cay", "C2-shelter-count"),
    ("ward-closure", "C2-protest-size"),
    ("ward-closure", "C3-annual-saving"),
    ("ward-closure", "C4-who-approved"),
}

PROBE_MISSES_ROUND47: set[tuple[str, str]] = {
    ("actor-rehab", "C2-program-length"),
    ("actor-rehab", "C3-crew-idled"),
    ("actor-rehab", "C4-checkin-day"),
    ("actor-rehab", "added four new counsellors this year"),
    ("askarel-eruption", "C1-ash-height"),
    ("askarel-eruption", "C2-eruption-time"),
    ("askarel-eruption", "C3-sports-hall"),
    ("askarel-eruption", "C4-who-ordered"),
    ("brightlane-quorix", "it would cut 240 jobs across the combined company"),
    ("calderport-officer-shot", "C4-who-returned-fire"),
    ("ceo-ousted", "C1-severance"),
    ("ceo-ousted", "C2-tenure"),
    ("ceo-ousted", "C4-monday-shares"),
    ("ceo-ousted", "total compensation of $18.6 million"),
    ("ferry-sinking", "27 survivors were being treated for hypothermia"),
    ("ferry-sinking", "C2-ferry-age"),
    ("ferry-sinking", "C3-distance-offshore"),
    ("ferry-sinking", "C4-departure-day"),
    ("halvard-open-final", "C1-match-duration"),
    ("halvard-open-final", "C2-winner-prize"),
    ("halvard-open-final", "She'll move up to No. 3"),
    ("music-awards", "C1-attendance"),
    ("music-awards", "C3-show-duration"),
    ("music-awards", "C4-presenter"),
}

PROBE_MISSES_ROUND48: set[tuple[str, str]] = {
    ("ashcombe-striker-record", "C2-age"),
    ("cinder-hollow-fire", "C1-evacuees"),
    ("cinder-hollow-fire", "C3-acres"),
    ("cinder-hollow-fire", "U5-claims"),
    ("corvane-emergency-landing", "C4-which-engine"),
    ("harlow-ridge-riot", "C1-hostage-count"),
    ("harlow-ridge-riot", "C3-inmates-involved"),
    ("harlow-ridge-riot", "C4-lead-negotiator"),
    ("hurricane-marisol", "C1-wind-speed"),
    ("hurricane-marisol", "C4-who-ordered-evacuation"),
    ("minister-resigns", "C2-contract-count"),
    ("minister-resigns", "C3-age"),
    ("minister-resigns", "C4-resignation-day"),
    ("minister-resigns", "U5-fourth-minister"),
    ("minister-resigns", "U6-halvane-staff"),
    ("minister-resigns", "approval rating fell to 31 percent"),
    ("minister-resigns", "won housing contracts worth 18.6 million crowns"),
    ("televsen-prize", "C2-ceremony-date"),
    ("televsen-prize", "C3-years-research"),
    ("televsen-prize", "C4-announcer"),
    ("televsen-prize", "Last year's prize, worth \u20ac1.2 million"),
    ("veloran-brake-recall", "C2-repair-date"),
    ("veloran-brake-recall", "C3-crashes"),
    ("veloran-brake-recall", "C4-who-found"),
    ("veloran-brake-recall", "roughly 9 metres from motorway speed"),
}

PROBE_MISSES_ROUND49: set[tuple[str, str]] = {
    ("brennock-hill-collapse", "C2-miners-underground"),
    ("brennock-hill-collapse", "C3-rescuers"),
    ("cyclone-tavira", "C2-evacuated"),
    ("cyclone-tavira", "C3-who-ordered"),
    ("dunmarsh-coach-sacked", "C1-streak-length"),
    ("dunmarsh-coach-sacked", "C2-payoff"),
    ("dunmarsh-coach-sacked", "C3-renfrew-age"),
    ("dunmarsh-coach-sacked", "C4-dismissal-day"),
    ("kid-sabre-dui", "C1-bac"),
    ("kid-sabre-dui", "C2-speed"),
    ("kid-sabre-dui", "C3-age"),
    ("kid-sabre-dui", "C4-bail"),
    ("kid-sabre-dui", "U2-run-ins"),
    ("marrowgate-derailment", "C1-carriages"),
    ("marrowgate-derailment", "C2-time"),
    ("marrowgate-derailment", "U4-shifts"),
    ("velanthe-korrin", "C1-core-count"),
    ("velanthe-korrin", "C2-price"),
    ("velanthe-korrin", "C4-presenter"),
    ("velanthe-korrin", "U3-die-size"),
    ("veldmark-election", "C1-seats"),
    ("veldmark-election", "C2-turnout"),
    ("veldmark-election", "C3-margin"),
    ("veldmark-election", "C4-concession"),
    ("weststead-gas-blast", "C1-apartments"),
    ("weststead-gas-blast", "C3-blast-time"),
    ("weststead-gas-blast", "U5-leaks"),
}

PROBE_MISSES_ROUND50: set[tuple[str, str]] = {
    ("ash-cloud-flights", "C1-airports-closed"),
    ("ash-cloud-flights", "C2-eruption-time"),
    ("ash-cloud-flights", "C3-cloud-length"),
    ("embassy-expulsions", "C2-protest-size"),
    ("embassy-expulsions", "C4-announcement-day"),
    ("glide-scooter-recall", "C1-recall-count"),
    ("glide-scooter-recall", "C2-fire-count"),
    ("glide-scooter-recall", "C4-cell-maker"),
    ("harbek-convoy-strike", "C2-distance"),
    ("harbek-convoy-strike", "C4-strike-day"),
    ("harbek-convoy-strike", "U5-road-traffic"),
    ("hoops-scoring-record", "C2-second-half"),
    ("hoops-scoring-record", "C3-record-year"),
    ("hoops-scoring-record", "C4-assist"),
    ("millgate-derby", "C1-invasion-minute"),
    ("millgate-derby", "C2-invader-count"),
    ("millgate-derby", "C4-winner-scorer"),
    ("millgate-derby", "U5-cctv"),
    ("pharma-cartel-fine", "C1-kelvane-fine"),
    ("pharma-cartel-fine", "C2-investigation-length"),
    ("pharma-cartel-fine", "C3-price-rise"),
    ("pharma-cartel-fine", "C4-whistleblower"),
    ("singer-court-assault", "C3-time"),
    ("singer-court-assault", "C4-day"),
}

PROBE_MISSES_ROUND51: set[tuple[str, str]] = {
    ("avenholt-flood", "C1-villages-cut-off"),
    ("avenholt-flood", "C2-river-peak"),
    ("avenholt-flood", "C3-evacuated"),
    ("avenholt-flood", "C4-pellow-rescuer"),
    ("avenholt-flood", "U4-insurance"),
    ("carrowdane-rescue", "C1-volunteers"),
    ("carrowdane-rescue", "C3-hours-on-ledge"),
    ("carrowdane-rescue", "C4-departure-day"),
    ("castellane-divorce", "C1-lump-sum"),
    ("castellane-divorce", "C2-ruling-pages"),
    ("harwick-takeover", "C3-march-size"),
    ("harwick-takeover", "C4-offer-day"),
    ("harwick-takeover", "a wage bill of \xa315 million"),
    ("millrace-bridge", "C1-injured-count"),
    ("millrace-bridge", "C2-people-on-bridge"),
    ("millrace-bridge", "C4-drop-height"),
    ("millrace-bridge", "N8-two-bridges"),
    ("tessaly-bank-breach", "C1-customers-affected"),
    ("tessaly-bank-breach", "C4-dwell-time"),
    ("wexmoor-budget-vote", "C3-library-cut-pct"),
    ("wexmoor-budget-vote", "C4-pool-amendment-author"),
}

PROBE_MISSES_ROUND52: set[tuple[str, str]] = {
    ("aldervane-spill", "C1-grounding-time"),
    ("aldervane-spill", "C2-crew-size"),
    ("aldervane-spill", "C3-distance-offshore"),
    ("aldervane-spill", "C4-days-at-sea"),
    ("balloon-crash", "C2-fall-height"),
    ("balloon-crash", "C3-impact-time"),
    ("balloon-crash", "C4-crash-day"),
    ("balloon-crash", "U2-ride-price"),
    ("bank-siege", "C1-hostage-count"),
    ("bank-siege", "C2-start-time"),
    ("bank-siege", "C4-day"),
    ("brackwell-mine-collapse", "C3-rescuers"),
    ("calloway-stadium-vote", "C1-public-amount"),
    ("calloway-stadium-vote", "C2-crowd"),
    ("calloway-stadium-vote", "C3-public-share"),
    ("calloway-stadium-vote", "C4-vote-day"),
    ("kestrelford-recount", "C1-recount-cost"),
    ("kestrelford-recount", "C2-observers"),
    ("quillmark-layoffs", "C3-net-loss"),
    ("quillmark-layoffs", "C4-severance"),
    ("ring-knockout", "C1-quellan-purse"),
    ("ring-knockout", "C2-crowd"),
    ("ring-knockout", "C3-ko-time"),
    ("ring-knockout", "between $6 million and $7 million"),
}

PROBE_MISSES_ROUND53: set[tuple[str, str]] = {
    ("airline-strike", "C2-ballot-share"),
    ("airline-strike", "C4-start-time"),
    ("chef-outbreak", "C2-years-open"),
    ("chef-outbreak", "C3-gala-guests"),
    ("chef-outbreak", "C4-pathogen"),
    ("norvale-outage", "C1-outage-duration"),
    ("norvale-outage", "C2-start-time"),
    ("norvale-outage", "C4-which-data-centre"),
    ("nurse-verdict", "C1-minimum-term"),
    ("nurse-verdict", "C2-age"),
    ("nurse-verdict", "C3-witnesses"),
    ("nurse-verdict", "C4-ward"),
    ("plant-fire-schools", "C1-schools-closed"),
    ("plant-fire-schools", "C2-firefighters"),
    ("plant-fire-schools", "C4-warning-radius"),
    ("plant-fire-schools", "readings of 180 micrograms per cubic metre"),
    ("rugby-final", "C2-player-bonus"),
    ("rugby-final", "C3-penalty-distance"),
    ("rugby-final", "C4-try-scorer"),
    ("tram-derailment", "C1-driver-age"),
    ("tram-derailment", "C2-time"),
    ("tram-derailment", "C3-responders"),
    ("tram-derailment", "C4-manufacturer"),
    ("velmont-fire", "C2-relief-amount"),
    ("velmont-fire", "C3-evacuated-count"),
    ("velmont-fire", "C4-start-day"),
    ("velmont-fire", "U5-rebuild-time"),
    ("velmont-fire", "U6-shifts"),
}

PROBE_MISSES_ROUND54: set[tuple[str, str]] = {
    ("carmaker-plant-expansion", "C1-current-workforce"),
    ("carmaker-plant-expansion", "C2-announcement-time"),
    ("carmaker-plant-expansion", "C4-local-hiring-share"),
    ("carmaker-plant-expansion", "$250 million of the aid package comes as tax credits"),
    ("carmaker-plant-expansion", "capital commitment at $2.38 billion"),
    ("kestrel-bay-open", "C1-final-round"),
    ("kestrel-bay-open", "C2-winner-cheque"),
    ("kestrel-bay-open", "C3-storm-delay"),
    ("kestrel-bay-open", "Organisers had hoped for 45,000 on the final day"),
    ("mars-lander-touchdown", "C2-touchdown-time"),
    ("mars-lander-touchdown", "C3-mars-failure-rate"),
    ("mars-lander-touchdown", "U6-instrument-count"),
    ("metro-tunnel-fire", "C2-call-time"),
    ("metro-tunnel-fire", "C3-wednesday-service"),
    ("metro-tunnel-fire", "C4-driver-age"),
    ("port-wildlife-seizure", "C2-arrests-thursday"),
    ("port-wildlife-seizure", "C3-scan-rate"),
    ("port-wildlife-seizure", "C4-director-age"),
    ("sewage-beach-closure", "C1-beaches-closed"),
    ("sewage-beach-closure", "C2-spill-duration"),
    ("sewage-beach-closure", "C3-bellamy-age"),
    ("sewage-beach-closure", "C4-hotel-cancellations"),
    ("surgeon-malpractice-verdict", "C2-deliberation-length"),
    ("surgeon-malpractice-verdict", "C3-other-lawsuits"),
    ("surgeon-malpractice-verdict", "C4-surgery-date"),
    ("surgeon-malpractice-verdict", "N9-bond-vs-judgment"),
    ("vaultis-exchange-collapse", "C1-customer-count"),
    ("vaultis-exchange-collapse", "C2-freeze-time"),
    ("vaultis-exchange-collapse", "C4-missing-share"),
}

PROBE_MISSES_ROUND55: set[tuple[str, str]] = {
    ("carrick-maternity-closure", "C2-midwife-headcount"),
    ("carrick-maternity-closure", "C3-agency-shifts"),
    ("carrick-maternity-closure", "C4-closure-date"),
    ("congestion-charge-vote", "C2-car-fee"),
    ("congestion-charge-vote", "C3-consultation-opposed"),
    ("congestion-charge-vote", "C4-debate-length"),
    ("dray-tour-cancelled", "C1-number-of-dates"),
    ("dray-tour-cancelled", "C3-share-sold"),
    ("dray-tour-cancelled", "C4-opening-date"),
    ("fraternity-hazing-death", "C2-pledge-count"),
    ("fraternity-hazing-death", "C3-hospital"),
    ("fraternity-hazing-death", "C4-members-present"),
    ("heat-rail-record", "C2-record-time"),
    ("heat-rail-record", "C3-cancel-share"),
    ("pension-quayside-loss", "C1-writedown-amount"),
    ("pension-quayside-loss", "C2-2019-vote"),
    ("pension-quayside-loss", "C3-vacancy"),
    ("pension-quayside-loss", "C4-member-count"),
    ("pension-quayside-loss", "admitted a £36 million loss"),
    ("wend-ammonia-derailment", "C1-wagons-derailed"),
    ("wend-ammonia-derailment", "C3-driver-age"),
    ("yacht-storm-rescue", "C1-mayday-time"),
    ("yacht-storm-rescue", "C2-wave-height"),
    ("yacht-storm-rescue", "C4-hospitalised"),
}

PROBE_MISSES_ROUND56: set[tuple[str, str]] = {
    ("car-plant-vote", "C1-yes-share"),
    ("car-plant-vote", "C2-turnout"),
    ("car-plant-vote", "C3-strike-days"),
    ("car-plant-vote", "C4-one-off-payment"),
    ("chef-tax-case", "C1-tax-owed"),
    ("chef-tax-case", "C2-chef-age"),
    ("chef-tax-case", "C3-arrest-time"),
    ("coal-mine-explosion", "C3-blast-time"),
    ("coal-mine-explosion", "C4-rescuers-day-one"),
    ("coal-mine-explosion", "U8-blast-time-local"),
    ("drazen-valley-earthquake", "C3-houses-damaged"),
    ("drazen-valley-earthquake", "C4-depth"),
    ("drazen-valley-earthquake", "U1-old-buildings"),
    ("kestrel-fernlight-deal", "C3-share-fall"),
    ("kestrel-fernlight-deal", "C4-cut-share"),
    ("national-coach-appointment", "C2-salary"),
    ("national-coach-appointment", "C3-coach-age"),
    ("national-coach-appointment", "C4-estavia-win-rate"),
    ("officer-shooting-manhunt", "C1-shooting-time"),
    ("officer-shooting-manhunt", "C4-hospital"),
    ("satellite-launch-failure", "C1-time-to-failure"),
    ("satellite-launch-failure", "C3-insurance-share"),
    ("satellite-launch-failure", "C4-flight-number"),
}

PROBE_MISSES_ROUND57: set[tuple[str, str]] = {
    ("vesey-actor-death", "C3-film-count"),
    ("vesey-actor-death", "C4-awards"),
    ("vesey-actor-death", "open an inquest within the next ten days"),
    ("guard-scoring-record", "C1-minutes"),
    ("guard-scoring-record", "C2-threes"),
    ("guard-scoring-record", "C3-fg-pct"),
    ("guard-scoring-record", "C4-vale-record"),
    ("guard-scoring-record", "U2-road-record"),
    ("halcyon-quarterly-results", "C2-load-factor"),
    ("halcyon-quarterly-results", "C4-dividend"),
    ("littleoak-formula-recall", "C4-which-plant"),
    ("marrowby-bank-siege", "C4-siege-duration"),
    ("marrowby-bank-siege", "U2-branches-lost"),
    ("marrowby-bank-siege", "bringing the number of arrests to three"),
    ("marrowby-bank-siege", "more than 300 residents had already asked"),
    ("spillway-river-flood", "U1-dam-age"),
    ("spillway-river-flood", "more than 450 homes were flooded"),
    ("velmora-election-night", "C1-turnout"),
    ("velmora-election-night", "C2-labour-seats"),
    ("westmoor-nurses-strike", "C2-ballot-support"),
}

PROBE_MISSES_ROUND58: set[tuple[str, str]] = {
    ("averill-open-final", "C1-match-length"),
    ("averill-open-final", "C2-winner-prize"),
    ("averill-open-final", "C3-first-set"),
    ("averill-open-final", "barely half of her first serves"),
    ("averill-open-final", "about 2.1 million viewers for the final set"),
    ("belle-ferry-capsize", "C2-capsize-time"),
    ("belle-ferry-capsize", "C3-captain-age"),
    ("belle-ferry-capsize", "C4-lifejacket-share"),
    ("belle-ferry-capsize", "U6-ship-age"),
    ("copper-canyon-fire", "C2-containment-tuesday"),
    ("copper-canyon-fire", "C3-start-time"),
    ("copper-canyon-fire", "C4-firefighter-age"),
    ("copper-canyon-fire", "U9-county-population"),
    ("engine-failure-landing", "C3-evacuation-time"),
    ("mayor-expenses-resignation", "C2-no-confidence-tally"),
    ("mayor-expenses-resignation", "C3-resignation-date"),
    ("mayor-expenses-resignation", "C4-receipts-share"),
    ("mayor-expenses-resignation", "U6-population"),
    ("mayor-expenses-resignation", "a £6,200 bill for a five-night hotel stay"),
    ("mayor-expenses-resignation", "Three candidates have so far told the Echo"),
    ("mayor-expenses-resignation", "the standards committee voted five to two"),
    ("port-cocaine-haul", "C2-street-value"),
    ("port-cocaine-haul", "C3-crown-court-date"),
    ("port-cocaine-haul", "Seven people have now been arrested"),
    ("salt-orchard-shutdown", "C2-budget"),
    ("salt-orchard-shutdown", "C3-last-day-on-set"),
    ("salt-orchard-shutdown", "C4-percent-shot"),
    ("salt-orchard-shutdown", "U9-lantern-projection"),
    ("salt-orchard-shutdown", "U10-age-41"),
    ("veltrix-job-cuts", "C2-charge"),
    ("veltrix-job-cuts", "C3-email-time"),
    ("veltrix-job-cuts", "C4-workforce-share"),
    ("veltrix-job-cuts", "U8-2023-cuts"),
}

PROBE_MISSES_ROUND59: set[tuple[str, str]] = {
    ("caldera-rate-rise", "C2-january-inflation"),
    ("caldera-rate-rise", "C3-next-meeting-date"),
    ("caldera-rate-rise", "C4-variable-share"),
    ("caldera-rate-rise", "U4-governor-pay"),
    ("hospital-ransomware-breach", "C3-share-encrypted"),
    ("hospital-ransomware-breach", "U7-unpatched"),
    ("hospital-ransomware-breach", "the attack could reach $25 million"),
    ("marathon-course-record", "C1-winning-time"),
    ("marathon-course-record", "U6-first-run"),
    ("marathon-course-record", "Volunteers staffed 27 medical stations"),
    ("marathon-course-record", "roughly 90,000 cups of water"),
    ("mercer-house-fire", "C2-response-time"),
    ("mercer-house-fire", "C3-build-year"),
    ("mountain-bus-crash", "C3-crash-time"),
    ("mountain-bus-crash", "C4-speed"),
    ("mountain-bus-crash", "U4-blog-hours"),
    ("mountain-bus-crash", "the driver, who is fifty-eight"),
    ("prison-escape-manhunt", "C2-headcount-time"),
    ("prison-escape-manhunt", "C4-cameras-working"),
    ("prison-escape-manhunt", "U5-cameras-half"),
    ("singer-tour-death", "C2-time-found"),
    ("singer-tour-death", "U1-blog-age"),
    ("singer-tour-death", "C3-hospital"),
    ("toy-choking-recall", "C1-units-recalled"),
    ("toy-choking-recall", "C2-countries"),
    ("toy-choking-recall", "C4-share-britain"),
    ("toy-choking-recall", "CH1-reports"),
    ("toy-choking-recall", "Nearly 40 percent of the units were sold in Britain"),
    ("toy-choking-recall", "some 893,000 units sold in Britain"),
}

PROBE_MISSES_ROUND60: set[tuple[str, str]] = {
    ("aid-worker-kidnapping", "C1-days-held"),
    ("aid-worker-kidnapping", "C3-ransom-paid"),
    ("aid-worker-kidnapping", "C4-handover-time"),
    ("aid-worker-kidnapping", "U5-4-percent-security"),
    ("aid-worker-kidnapping", "a payment of just over $1 million changed hands"),
    ("biotech-trial-results", "C2-patients-enrolled"),
    ("biotech-trial-results", "C3-high-dose-remission"),
    ("biotech-trial-results", "C4-placebo-remission"),
    ("cargo-ship-spill", "C1-grounding-time"),
    ("cargo-ship-spill", "C2-crew-count"),
    ("cargo-ship-spill", "C3-oil-contained"),
    ("cargo-ship-spill", "U1-third-ship"),
    ("cargo-ship-spill", "barely 40 percent of the oil had been contained"),
    ("ellery-city-budget", "C1-vote-tally"),
    ("ellery-city-budget", "C2-tax-rate"),
    ("ellery-city-budget", "C3-safety-share"),
    ("ellery-city-budget", "C4-meeting-length"),
    ("hollenstein-avalanche", "U5-half-no-transceiver"),
    ("stadium-crowd-crush", "U2-four-of-twelve-turnstiles"),
    ("supermarket-store-closures", "C2-loss-making-share"),
    ("supermarket-store-closures", "C3-redundancy-rate"),
    ("supermarket-store-closures", "C4-closure-date"),
    ("supermarket-store-closures", "U5-market-share"),
    ("supermarket-store-closures", "U6-shares-fell"),
    ("welterweight-title-fight", "C1-schaaf-card"),
    ("welterweight-title-fight", "C4-knockdown-round"),
    ("welterweight-title-fight", "U6-arena-capacity"),
}

PROBE_MISSES_ROUND61: set[tuple[str, str]] = {
    # "lost nearly 9 percent of their value" is now backed by another article's "fell 8.6
    # percent" on the same day: corroborated, so no longer listed as unsourced.
    ("drugmaker-regulator-fine", "U9-share-fall-local"),
    ("arveda-record-transfer", "C3-weekly-wage"),
    ("arveda-record-transfer", "U8-blog-fee"),
    ("arveda-record-transfer", "Jonas Rieck from Brantholm for €14 million"),
    ("carrow-vale-recount", "C1-margin"),
    ("carrow-vale-recount", "C2-turnout"),
    ("carrow-vale-recount", "C3-declaration-time"),
    ("carrow-vale-recount", "C4-marsh-age"),
    ("carrow-vale-recount", "U1-about-14400"),
    ("carrow-vale-recount", "U3-outspent"),
    ("carrow-vale-recount", "just over 41 percent"),
    ("drugmaker-regulator-fine", "C2-misconduct-duration"),
    ("drugmaker-regulator-fine", "C3-internal-review-date"),
    ("drugmaker-regulator-fine", "C4-late-reports-share"),
    ("drugmaker-regulator-fine", "U5-fine-190"),
    ("drugmaker-regulator-fine", "internal review, carried out in 2019"),
    ("halvard-volcano-evacuation", "C4-share-evacuated"),
    ("halvard-volcano-evacuation", "U5-dozen-boats"),
    ("harrowgate-plaza-shooting", "C2-time-gunman-shot"),
    ("harrowgate-plaza-shooting", "C3-response-time"),
    ("harrowgate-plaza-shooting", "named as 43-year-old Callum Reeve"),
    ("junction-train-collision", "C1-collision-time"),
    ("junction-train-collision", "C2-train-speed"),
    ("junction-train-collision", "C3-driver-age"),
    ("junction-train-collision", "C4-punctuality"),
    ("junction-train-collision", "U2-signal-age"),
    ("junction-train-collision", "U9-passengers-340"),
    ("saltmarsh-box-office", "C1-theater-count"),
    ("saltmarsh-box-office", "C2-production-budget"),
    ("saltmarsh-box-office", "C3-under-25-share"),
    ("saltmarsh-box-office", "C4-thursday-previews"),
    ("wedding-caterer-outbreak", "C2-meal-time"),
    ("wedding-caterer-outbreak", "C3-share-ill"),
    ("wedding-caterer-outbreak", "C4-grandfather-age"),
}

PROBE_MISSES_ROUND62: set[tuple[str, str]] = {
    ("ammonia-plant-leak", "C3-technician-age"),
    ("ammonia-plant-leak", "C4-scrubber-capture"),
    ("cedar-hollow-tornado", "C1-homes-destroyed"),
    ("cedar-hollow-tornado", "U2-blog-sirens-age"),
    ("cedar-hollow-tornado", "U6-local-population"),
    ("cedar-hollow-tornado", "U8-blog-population"),
    ("coral-meridian-norovirus", "C1-crew-sick"),
    ("coral-meridian-norovirus", "C2-share-sick"),
    ("coral-meridian-norovirus", "C3-refund-percent"),
    ("coral-meridian-norovirus", "C4-first-cases-day"),
    ("fog-bus-crash", "C1-pupils-on-board"),
    ("fog-bus-crash", "C3-seriously-injured"),
    ("fog-bus-crash", "C4-bus-speed"),
    ("fog-bus-crash", "U1-blog-speed"),
    ("fog-bus-crash", "U6-40-buses"),
    ("harrowmere-viaduct-closure", "C1-closure-time"),
    ("harrowmere-viaduct-closure", "C2-repair-cost"),
    ("harrowmere-viaduct-closure", "U8-a319-tripled"),
    ("harrowmere-viaduct-closure", "had recorded 11 collisions on the diversion"),
    ("museum-art-theft", "C2-alarm-time"),
    ("museum-art-theft", "C3-guards-on-duty"),
    ("museum-art-theft", "C4-cameras-working"),
    ("museum-art-theft", "U1-budget-third"),
    ("office-lottery-syndicate", "C1-april-joiners"),
    ("office-lottery-syndicate", "C2-jackpot-size"),
    ("office-lottery-syndicate", "C3-draw-day"),
    ("office-lottery-syndicate", "C4-share-of-staff"),
    ("office-lottery-syndicate", "worth about £716,000 each"),
    ("peloton-mass-crash", "C1-riders-down"),
    ("peloton-mass-crash", "C2-crash-speed"),
    ("peloton-mass-crash", "C3-crash-distance"),
    ("peloton-mass-crash", "C4-elberg-hospital"),
    ("peloton-mass-crash", "U7-narrows-500m"),
}

PROBE_MISSES_ROUND63: set[tuple[str, str]] = {
    ("airshow-jet-crash", "C2-crash-time"),
    ("airshow-jet-crash", "U2-jet-age"),
    ("airshow-jet-crash", "about 1,200 hours on this particular type"),
    ("arventa-stock-debut", "C1-closing-price"),
    ("arventa-stock-debut", "C3-first-trade-time"),
    ("arventa-stock-debut", "C4-retail-share"),
    ("arventa-stock-debut", "raised her price target to $36 from $30"),
    ("cable-car-rescue", "C1-passenger-count"),
    ("cable-car-rescue", "C2-stop-time"),
    ("cable-car-rescue", "C3-longest-wait"),
    ("cable-car-rescue", "C4-airlifted-woman-age"),
    ("cable-car-rescue", "U1-cabin-age"),
    ("cable-car-rescue", "U6-top-station"),
    ("crime-stats-report", "C1-homicides-2024"),
    ("crime-stats-report", "C2-offence-fall-pct"),
    ("crime-stats-report", "said there were 23 homicides in 2024"),
    ("harrowmere-reactor-shutdown", "C1-shutdown-time"),
    ("harrowmere-reactor-shutdown", "C3-share-of-power"),
    ("national-exam-results", "1,312 candidates achieved straight A* grades"),
    ("national-exam-results", "C1-pass-rate"),
    ("national-exam-results", "C2-portal-outage"),
    ("national-exam-results", "C3-straight-a-count"),
    ("national-exam-results", "C4-remark-deadline"),
    ("national-exam-results", "U2-budget-cut"),
    ("whale-stranding", "C1-whale-count"),
    ("whale-stranding", "C3-largest-length"),
    ("whale-stranding", "U1-fourth-stranding"),
    ("whale-stranding", "U4-turnout"),
}

PROBE_MISSES_ROUND64: set[tuple[str, str]] = {
    ("food-bank-demand", "C1-parcel-total"),
    ("food-bank-demand", "C2-demand-rise"),
    ("food-bank-demand", "U5-population"),
    ("hotel-carbon-monoxide", "C3-youngest-age"),
    ("hotel-carbon-monoxide", "C4-occupancy"),
    ("house-price-slump", "U1-rough-average"),
    ("house-price-slump", "U3-two-year-fix"),
    ("house-price-slump", "U4-real-terms-fall"),
    ("house-price-slump", "predicted a 0.5 percent decline for February"),
    ("port-crane-backlog", "C1-ships-at-anchor"),
    ("port-crane-backlog", "C2-terminal-capacity"),
    ("port-crane-backlog", "C4-repair-time"),
    ("raft-ride-accident", "C2-girl-age"),
    ("raft-ride-accident", "C3-riders-on-raft"),
    ("regatta-storm-capsize", "C2-storm-time"),
    ("regatta-storm-capsize", "C3-races-completed"),
    ("regatta-storm-capsize", "C4-girl-age"),
    ("regatta-storm-capsize", "U2-barely-third"),
    ("regatta-storm-capsize", "U6-forecasts-wrong"),
    ("ticket-site-crash", "C1-queue-size"),
    ("ticket-site-crash", "C3-outage-length"),
    ("ticket-site-crash", "U5-queue-time"),
    ("ticket-site-crash", "taking the run to eight shows"),
    ("wind-farm-approval", "C1-turbine-count"),
    ("wind-farm-approval", "C2-inquiry-length"),
    ("wind-farm-approval", "C3-objection-share"),
    ("wind-farm-approval", "C4-community-fund"),
}

PROBE_MISSES_ROUND65: set[tuple[str, str]] = {
    ("baggage-system-failure", "C1-failure-time"),
    ("baggage-system-failure", "C2-flights-cancelled"),
    ("baggage-system-failure", "U7-hall-depth"),
    ("bike-share-year", "C1-docking-stations"),
    ("bike-share-year", "C2-electric-bikes"),
    ("bike-share-year", "C3-car-swap-share"),
    ("bike-share-year", "C4-average-trip-length"),
    ("bike-share-year", "found that 41 percent had replaced at least some car journeys"),
    ("bike-share-year", "with 48,200 trips starting there"),
    ("census-results-release", "180,000 people had used its online lookup tool"),
    ("census-results-release", "C1-median-age"),
    ("census-results-release", "C2-drummore-population"),
    ("census-results-release", "C3-response-rate"),
    ("energy-price-cap", "C1-size-of-cut"),
    ("energy-price-cap", "C2-households-covered"),
    ("energy-price-cap", "C3-standing-charge-rise"),
    ("energy-price-cap", "C4-start-date"),
    ("giraffe-twins-born", "C1-first-calf-time"),
    ("giraffe-twins-born", "C3-labour-length"),
    ("giraffe-twins-born", "C4-female-birth-weight"),
    ("giraffe-twins-born", "the male calf weighed 62 kilograms"),
    ("golf-lightning-strike", "C1-injured-count"),
    ("golf-lightning-strike", "C2-hospital"),
    ("golf-lightning-strike", "C3-strike-time"),
    ("golf-lightning-strike", "C4-warning-time"),
    ("graduation-rate-report", "C1-graduate-count"),
    ("graduation-rate-report", "C2-eastwood-rate"),
    ("graduation-rate-report", "C3-top-school"),
    ("university-job-cuts", "C2-annual-savings"),
    ("university-job-cuts", "C3-academic-share"),
}

PROBE_MISSES_ROUND66: set[tuple[str, str]] = {
    ("airport-record-year", "About £31 million has been spent so far"),
    ("airport-record-year", "C2-punctuality"),
    ("airport-record-year", "C3-profit"),
    ("airport-record-year", "C4-largest-airline"),
    ("brewery-closure", "C1-jobs-lost"),
    ("brewery-closure", "C2-founding-year"),
    ("brewery-closure", "C3-volume-decline"),
    ("brewery-closure", "C4-2024-loss"),
    ("brewery-closure", "U4-pubs-lost"),
    ("brewery-closure", "U5-blog-jobs"),
    ("brewery-closure", "earmarked £5 million for a new brewhouse"),
    ("brewery-closure", "made a £2.4 million loss in 2024"),
    ("fog-ultra-search", "C1-missing-at-6pm"),
    ("fog-ultra-search", "C2-fog-time"),
    ("fog-ultra-search", "C3-airlifted-woman-age"),
    ("fog-ultra-search", "C4-tracker-share"),
    ("fog-ultra-search", "U7-ridge-deaths"),
    ("heron-hygiene-fail", "C1-breach-count"),
    ("heron-hygiene-fail", "C4-rating"),
    ("heron-hygiene-fail", "U7-waiting-list"),
    ("library-book-theft", "C2-alarm-time"),
    ("library-book-theft", "C3-guard-age"),
    ("library-book-theft", "C4-digitised-share"),
    ("library-book-theft", "CH1-value"),
    ("skerrin-ferry-cut", "C1-daily-sailings"),
    ("skerrin-ferry-cut", "C2-subsidy"),
    ("skerrin-ferry-cut", "C3-crossing-time"),
    ("skerrin-ferry-cut", "C4-pensioners"),
    ("skerrin-ferry-cut", "U5-shops-forecast"),
    ("stage-sprint-crash", "A total of 171 riders rolled out"),
    ("stage-sprint-crash", "C2-crash-distance"),
    ("stage-sprint-crash", "C3-riders-down"),
    ("stage-sprint-crash", "C4-crowd"),
    ("stage-sprint-crash", "U1-blog-distance"),
    ("velora-price-rise", "C1-start-date"),
    ("velora-price-rise", "C3-average-monthly"),
}

PROBE_MISSES_ROUND67: set[tuple[str, str]] = {
    ("aldermoor-record-yearling", "C1-hammer-time"),
    ("aldermoor-record-yearling", "C2-lots-sold-day-one"),
    ("aldermoor-record-yearling", "C3-average-price-rise"),
    ("greyhaven-wind", "C1-turbine-count"),
    ("greyhaven-wind", "C3-community-fund"),
    ("greyhaven-wind", "C4-consultation-support"),
    ("marlowe-hall-reopening", "C1-heritage-grant"),
    ("marlowe-hall-reopening", "C2-gala-start-time"),
    ("marlowe-hall-reopening", "C3-organ-pipes"),
    ("marlowe-hall-reopening", "C4-plasterwork-share"),
    ("national-quiz-upset", "C1-winner-prize"),
    ("national-quiz-upset", "C2-winner-age"),
    ("national-quiz-upset", "C4-crowd-size"),
    ("skarvik-avalanche", "C1-instructor-age"),
    ("skarvik-avalanche", "C2-slab-width"),
    ("skarvik-avalanche", "C3-pell-burial-duration"),
    ("skarvik-avalanche", "C4-avalanche-speed"),
    ("tamsell-sewage-spills", "C1-tamsell-spill-count"),
    ("tamsell-sewage-spills", "C2-worst-spill-start-date"),
    ("tamsell-sewage-spills", "C3-share-of-overflows-spilling"),
    ("vantmouth-housing-review", "C1-rent-rise-pct"),
    ("vantmouth-housing-review", "C2-average-house-price"),
    ("vantmouth-housing-review", "C3-days-to-sell"),
    ("wrenfield-lantern-appeal", "C2-closing-date"),
    ("aldermoor-record-yearling", "U1-prices-doubled"),
    ("aldermoor-record-yearling", "U3-half-bidders-overseas"),
    ("greyhaven-wind", "U3-never-on-budget"),
    ("national-quiz-upset", "U5-revision-hours"),
    ("national-quiz-upset", "U6-league-signups"),
    ("skarvik-avalanche", "U5-no-transceiver"),
    ("vantmouth-housing-review", "U6-most-expensive-city"),
    ("greyhaven-wind", "£5.4 million a year in rent on a 30-year lease"),
    ("skarvik-avalanche", "had rated the danger at 3 on the five-point scale"),
    ("tamsell-sewage-spills", "lasted more than 41,000 hours in total, the agency found"),
    ("vantmouth-housing-review", "its own index shows rents up 11.2 percent"),
    ("vantmouth-housing-review", "had been raised to £2.5 million"),
    ("wrenfield-lantern-appeal", "its own appeal raised £6.1 million last autumn"),
}

PROBE_MISSES_ROUND68: set[tuple[str, str]] = {
    ("brannock-race", "C1-finish-time"),
    ("brannock-race", "C2-course-length"),
    ("brannock-race", "C3-top-speed"),
    ("brannock-race", "C4-winning-margin"),
    ("castlemere-tram", "C1-build-cost"),
    ("castlemere-tram", "C2-stop-count"),
    ("castlemere-tram", "C4-test-run-punctuality"),
    ("hearthcrumb-expansion", "C1-plant-headcount"),
    ("hearthcrumb-expansion", "C2-plant-investment"),
    ("hearthcrumb-expansion", "C3-full-time-share"),
    ("hearthcrumb-expansion", "C4-opening-date"),
    ("kestrel-test-abort", "C1-liftoff-time"),
    ("kestrel-test-abort", "C2-flight-duration"),
    ("national-university-ranking", "C2-survey-close-date"),
    ("national-university-ranking", "C3-brackenford-score"),
    ("skerrow-lighthouse", "C1-grant-amount"),
    ("skerrow-lighthouse", "C2-year-first-lit"),
    ("skerrow-lighthouse", "C3-tower-height"),
    ("skerrow-lighthouse", "C4-lantern-glass-saved"),
    ("st-aldric-cathedral-fire", "C3-corvell-pledge"),
    ("vance-ticket-chaos", "C1-crash-time"),
    ("vance-ticket-chaos", "C4-code-holders-share"),
    ("hearthcrumb-expansion", "N3-rival-shops"),
    ("brannock-race", "U1-windiest-since-2007"),
    ("brannock-race", "U2-hotels-full"),
    ("brannock-race", "U4-half-first-timers"),
    ("brannock-race", "U5-needle-rocks-keels"),
    ("castlemere-tram", "U4-no-tender"),
    ("castlemere-tram", "U5-half-per-km"),
    ("hearthcrumb-expansion", "U4-flour-imports"),
    ("kestrel-test-abort", "U2-second-stage"),
    ("skerrow-lighthouse", "U2-contractor-inexperience"),
    ("skerrow-lighthouse", "U7-cafes-ran-out"),
    ("st-aldric-cathedral-fire", "U6-re-leaded-1961"),
    ("st-aldric-cathedral-fire", "U7-worst-since-1952"),
    ("vance-ticket-chaos", "U1-fastest-tour"),
    ("vance-ticket-chaos", "U3-single-data-centre"),
    ("brannock-race", "We had twenty-seven incidents by three o'clock this afternoon."),
    ("castlemere-tram", "a hundred and forty-eight million pounds went on moving pipes"),
    (
        "national-university-ranking",
        "enrolment at the country's universities to reach 410,000 by 2027",
    ),
    ("national-university-ranking", "the employment scores are based closed on 30 November"),
    ("national-university-ranking", "three universities have lodged appeals"),
    ("national-university-ranking", "just over 70 percent of PEIT graduates were in work"),
    ("skerrow-lighthouse", "reached £57,500 by Sunday evening"),
    ("st-aldric-cathedral-fire", "Police reduced the cordon to 50 metres"),
}

PROBE_MISSES_ROUND69: set[tuple[str, str]] = {
    ("ashcombe-pumpkin-record", "C2-class-entries"),
    ("ashcombe-pumpkin-record", "C3-prize"),
    ("ashcombe-pumpkin-record", "C4-journey"),
    ("ashcombe-vale-inspection", "C1-inspection-dates"),
    ("ashcombe-vale-inspection", "C2-attendance"),
    ("ashcombe-vale-inspection", "C3-head-tenure"),
    ("ashcombe-vale-inspection", "C4-persistent-absence"),
    ("calder-pension-loss", "C1-real-estate-loss"),
    ("calder-pension-loss", "C4-equity-share"),
    ("calloway-star-spill", "C1-alarm-time"),
    ("calloway-star-spill", "C4-distance-offshore"),
    ("greyfell-hiker-rescue", "C1-found-time"),
    ("greyfell-hiker-rescue", "C2-distance"),
    ("greyfell-hiker-rescue", "C3-volunteers-wednesday"),
    ("greyfell-hiker-rescue", "C4-overnight-temp"),
    ("salad-recall", "C1-store-count"),
    ("salad-recall", "C3-notice-time"),
    ("salad-recall", "C4-share-sold"),
    ("solo-row", "C1-crossing-time"),
    ("solo-row", "C2-rower-age"),
    ("solo-row", "C3-departure-date"),
    ("solo-row", "C4-weight-loss"),
    ("stridelog-breach", "C1-detection-time"),
    ("stridelog-breach", "C4-route-share"),
    ("calder-pension-loss", "N7-rounded-agrees"),
    ("ashcombe-vale-inspection", "U5-building-1964"),
    ("greyfell-hiker-rescue", "U1-trail-deaths"),
    ("greyfell-hiker-rescue", "U2-cell-coverage"),
    ("salad-recall", "U3-wash-water"),
    ("ashcombe-pumpkin-record", "last year's show drew twenty-seven thousand visitors"),
    ("ashcombe-vale-inspection", "attendance in the autumn term was 88.6 percent"),
    ("calder-pension-loss", "reported a loss of 5.9 percent for the same period"),
    ("greyfell-hiker-rescue", "Wind on the ridge on Tuesday hit 80 km/h"),
    ("salad-recall", "the local patients ranged in age from 19 to 81"),
    ("salad-recall", "recorded 26 outbreaks linked to leafy greens in 2023"),
    ("solo-row", "about fifty-five nautical miles a day"),
    ("stridelog-breach", "received 320 complaints from the public by Tuesday afternoon"),
}

PROBE_MISSES_ROUND70: set[tuple[str, str]] = {
    ("aldersby-bike-thefts", "C1-bikes-recovered"),
    ("aldersby-bike-thefts", "C3-raid-time"),
    ("aldersby-bike-thefts", "C4-rise-percent"),
    ("ardenne-violin", "C1-insured-value"),
    ("ardenne-violin", "C2-stage-door-time"),
    ("ardenne-violin", "C3-suspect-age"),
    ("ardenne-violin", "C4-time-missing"),
    ("ferrisham-bridge-reopening", "C1-final-cost"),
    ("ferrisham-bridge-reopening", "C2-closure-date"),
    ("ferrisham-bridge-reopening", "C3-speed-limit"),
    ("ferrisham-bridge-reopening", "C4-traffic-volume"),
    ("halvard-crest-rescue", "C1-distress-call-time"),
    ("halvard-crest-rescue", "C2-survivor-count"),
    ("halvard-crest-rescue", "C3-captain-age"),
    ("halvard-crest-rescue", "C4-rescue-duration"),
    ("merrowby-flood", "C2-authority-grant"),
    ("merrowby-flood", "C3-start-date"),
    ("merrowby-flood", "C4-consultation-support"),
    ("pellford-smoke-alert", "C2-fire-distance"),
    ("pellford-smoke-alert", "C3-alert-time"),
    ("pellford-smoke-alert", "C4-containment"),
    ("rovers-naming-deal", "C1-deal-length"),
    ("rovers-naming-deal", "C2-announcement-time"),
    ("rovers-naming-deal", "C3-capacity"),
    ("rovers-naming-deal", "C4-survey-opposition"),
    ("wrenfield-courier-closure", "C1-staff-count"),
    ("wrenfield-courier-closure", "C2-last-edition-date"),
    ("wrenfield-courier-closure", "C4-circulation-fall"),
    ("ferrisham-bridge-reopening", "N9-rival-figure"),
    ("aldersby-bike-thefts", "U1-rising-since-2019"),
    ("aldersby-bike-thefts", "U2-third-racks-cameras"),
    ("ardenne-violin", "U2-claims-forty-percent"),
    ("ferrisham-bridge-reopening", "U1-no-inspection"),
    ("halvard-crest-rescue", "U8-resumed-voyage"),
    ("merrowby-flood", "U4-empty-shops"),
    ("merrowby-flood", "U5-house-prices"),
    ("pellford-smoke-alert", "U5-n95-sold-out"),
    ("wrenfield-courier-closure", "U5-last-profitable-year"),
    ("rovers-naming-deal", "show commercial revenue of £15.8 million"),
    ("ferrisham-bridge-reopening", "CH2-traffic-after"),
}

PROBE_MISSES_ROUND71: set[tuple[str, str]] = {
    ("aldermere-winter-market", "C1-rink-area"),
    ("aldermere-winter-market", "C2-closing-date"),
    ("aldermere-winter-market", "C3-council-contribution"),
    ("aldminster-marathon", "C1-renwick-winning-time"),
    ("aldminster-marathon", "C3-start-time"),
    ("aldminster-marathon", "C4-share-from-outside-westmarch"),
    ("brindle-comet-retires", "C1-career-wins"),
    ("brindle-comet-retires", "C3-parade-time"),
    ("brindle-comet-retires", "C4-cup-crowd"),
    ("carpark-fees", "C1-hourly-rate"),
    ("carpark-fees", "C2-start-date"),
    ("carpark-fees", "C3-consultation-responses"),
    ("carpark-fees", "C4-opposition-share"),
    ("dunmore-exam-hack", "C2-intrusion-time"),
    ("pellworth-toys-cuts", "C1-dunsley-closure-date"),
    ("pellworth-toys-cuts", "C2-restructuring-cost"),
    ("pellworth-toys-cuts", "C3-uk-sales-fall"),
    ("pellworth-toys-cuts", "C4-production-share"),
    ("stennmouth-record-catch", "C3-trip-length"),
    ("stennmouth-record-catch", "C4-human-consumption"),
    ("aldermere-winter-market", "U3-high-street-footfall"),
    ("aldermere-winter-market", "U7-third-largest"),
    ("aldminster-marathon", "U2-hottest-since-2011"),
    ("brindle-comet-retires", "U4-ferriter-21"),
    ("stennmouth-record-catch", "U2-old-boats"),
    ("aldermere-winter-market", "the council's £420,000 contribution to the market this year"),
    ("aldminster-marathon", "there were 7,951 finishers once runners"),
    ("brindle-comet-retires", "to £30,000 per covering"),
    ("carpark-fees", "just over half of respondents to the consultation objected"),
    ("pellworth-toys-cuts", "deliver £30 million a year in savings"),
    ("tollery-road-gas-leak", "reported 212 mains fractures last year"),
}

PROBE_MISSES_ROUND72: set[tuple[str, str]] = {
    ("ashcombe-zoo-twins", "C1-first-calf-time"),
    ("ashcombe-zoo-twins", "C2-hippo-house-cost"),
    ("ashcombe-zoo-twins", "C4-visitor-growth"),
    ("brackenford-budget-vote", "C3-meeting-date"),
    ("brackenford-budget-vote", "C4-consultation-support"),
    ("corvell-factory-fire", "C1-fire-engines-peak"),
    ("corvell-factory-fire", "C3-evacuation-radius"),
    ("corvell-factory-fire", "C4-time-to-control"),
    ("depot-syndicate-jackpot", "C1-syndicate-size"),
    ("depot-syndicate-jackpot", "C2-ticket-date"),
    ("depot-syndicate-jackpot", "C4-retailer-bonus"),
    ("ferry-aground-morrin", "C1-grounding-time"),
    ("ferry-aground-morrin", "C4-speed"),
    ("salt-orchard-auction", "C1-hammer-price"),
    ("salt-orchard-auction", "C2-last-sale-year"),
    ("salt-orchard-auction", "C3-bidding-duration"),
    ("salt-orchard-auction", "C4-saleroom-attendance"),
    ("skelldrum-rescue", "C1-volunteer-count"),
    ("skelldrum-rescue", "C4-operation-duration"),
    ("valmere-blackout", "C1-county-peak-homes"),
    ("valmere-blackout", "C2-substation-failure-time"),
    ("valmere-blackout", "C3-valmere-share-lost-power"),
    ("brackenford-budget-vote", "N4-forecast-vs-actual-support"),
    ("ferry-aground-morrin", "N5-rival-vs-company-passengers"),
    ("ashcombe-zoo-twins", "U5-blog-growth"),
    ("ashcombe-zoo-twins", "U6-last-british-twins"),
    ("ashcombe-zoo-twins", "U8-car-parks-full"),
    ("corvell-factory-fire", "U6-since-1974"),
    ("corvell-factory-fire", "U8-insurance-claims"),
    ("ferry-aground-morrin", "U5-buoy-out"),
    ("salt-orchard-auction", "U2-buyer-kessary"),
    ("skelldrum-rescue", "U1-callouts-doubled"),
    ("skelldrum-rescue", "U2-nine-in-ten-ignored-forecast"),
    ("skelldrum-rescue", "U5-four-lives"),
    ("skelldrum-rescue", "U6-third-rescue-winter"),
    ("valmere-blackout", "U1-no-inspection-since-2016"),
    ("ashcombe-zoo-twins", "more than 400,000 visitors came last year"),
    ("valmere-blackout", "warning managers about the Dunsby line for at least two winters"),
    ("depot-syndicate-jackpot", "CH2-shop-ticket-sales"),
    ("salt-orchard-auction", "CH1-petition-signatures"),
}

PROBE_MISSES_ROUND73: set[tuple[str, str]] = {
    ("brambleford-festival", "C1-saturday-attendance"),
    ("brambleford-festival", "C2-headline-set-time"),
    ("brambleford-festival", "C3-council-grant"),
    ("brennanford-fees-report", "C1-graduation-rate"),
    ("brennanford-fees-report", "C2-international-fee"),
    ("brennanford-fees-report", "C3-vote-date"),
    ("brennanford-fees-report", "C4-low-income-rate"),
    ("fenwold-annual-results", "C1-pretax-profit"),
    ("fenwold-annual-results", "C2-profit-growth"),
    ("fenwold-annual-results", "C3-market-share"),
    ("fenwold-annual-results", "C4-dividend-date"),
    ("hartwell-ae-waits", "C1-12-hour-waits"),
    ("hartwell-ae-waits", "C2-longest-wait"),
    ("hartwell-ae-waits", "C4-four-hour-share"),
    ("harwick-bank-siege", "C1-hostage-count"),
    ("harwick-bank-siege", "C2-entry-time"),
    ("m29-coach-crash", "C1-crash-time"),
    ("m29-coach-crash", "C3-driver-age"),
    ("selwick-whale-rescue", "C1-refloat-time"),
    ("selwick-whale-rescue", "C2-medics-count"),
    ("selwick-whale-rescue", "C3-distance-from-water"),
    ("selwick-whale-rescue", "C4-weight"),
    ("hartwell-ae-waits", "N9-last-year"),
    ("brambleford-festival", "U4-food-vendors"),
    ("brennanford-fees-report", "U4-marketing"),
    ("fenwold-annual-results", "U3-nine-of-27"),
    ("hartwell-ae-waits", "U4-third-worst"),
    ("harwick-bank-siege", "U3-third-robbery"),
    ("harwick-bank-siege", "U4-broken-cameras"),
    ("m29-coach-crash", "U4-sixth-day"),
    ("selwick-whale-rescue", "U5-last-humpback-1998"),
    ("selwick-whale-rescue", "U7-strandings-doubled"),
    ("tarrow-valley-landslide", "U3-culverts"),
}

KNOWN_MISSES |= (
    PROBE_MISSES
    | PROBE_MISSES_ROUND6
    | PROBE_MISSES_ROUND7
    | PROBE_MISSES_ROUND8
    | PROBE_MISSES_ROUND9
    | PROBE_MISSES_ROUND10
    | PROBE_MISSES_ROUND11
    | PROBE_MISSES_ROUND12
    | PROBE_MISSES_ROUND13
    | PROBE_MISSES_ROUND14
    | PROBE_MISSES_ROUND15
    | PROBE_MISSES_ROUND16
    | PROBE_MISSES_ROUND17
    | PROBE_MISSES_ROUND18
    | PROBE_MISSES_ROUND19
    | PROBE_MISSES_ROUND20
    | PROBE_MISSES_ROUND21
    | PROBE_MISSES_ROUND22
    | PROBE_MISSES_ROUND23
    | PROBE_MISSES_ROUND24
    | PROBE_MISSES_ROUND25
    | PROBE_MISSES_ROUND26
    | PROBE_MISSES_ROUND27
    | PROBE_MISSES_ROUND28
    | PROBE_MISSES_ROUND29
    | PROBE_MISSES_ROUND30
    | PROBE_MISSES_ROUND31
    | PROBE_MISSES_ROUND32
    | PROBE_MISSES_ROUND33
    | PROBE_MISSES_ROUND34
    | PROBE_MISSES_ROUND35
    | PROBE_MISSES_ROUND36
    | PROBE_MISSES_ROUND37
    | PROBE_MISSES_ROUND38
    | PROBE_MISSES_ROUND39
    | PROBE_MISSES_ROUND40
    | PROBE_MISSES_ROUND41
    | PROBE_MISSES_ROUND42
    | PROBE_MISSES_ROUND43
    | PROBE_MISSES_ROUND44
    | PROBE_MISSES_ROUND45
    | PROBE_MISSES_ROUND46
    | PROBE_MISSES_ROUND47
    | PROBE_MISSES_ROUND48
    | PROBE_MISSES_ROUND49
    | PROBE_MISSES_ROUND50
    | PROBE_MISSES_ROUND51
    | PROBE_MISSES_ROUND52
    | PROBE_MISSES_ROUND53
    | PROBE_MISSES_ROUND54
    | PROBE_MISSES_ROUND55
    | PROBE_MISSES_ROUND56
    | PROBE_MISSES_ROUND57
    | PROBE_MISSES_ROUND58
    | PROBE_MISSES_ROUND59
    | PROBE_MISSES_ROUND60
    | PROBE_MISSES_ROUND61
    | PROBE_MISSES_ROUND62
    | PROBE_MISSES_ROUND63
    | PROBE_MISSES_ROUND64
    | PROBE_MISSES_ROUND65
    | PROBE_MISSES_ROUND66
    | PROBE_MISSES_ROUND67
    | PROBE_MISSES_ROUND68
    | PROBE_MISSES_ROUND69
    | PROBE_MISSES_ROUND70
    | PROBE_MISSES_ROUND71
    | PROBE_MISSES_ROUND72
    | PROBE_MISSES_ROUND73
)


@cache
def story_report(folder: Path) -> GoldReport:
    """The scan of one story, made once."""
    return GoldReport(scan([folder], load_config([folder])), folder)


def cases(section: str) -> list[Any]:
    """One pytest param per expected item of a section, known misses xfailed."""
    params = []
    for folder in STORY_DIRS:
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        for item in expected[section]:
            key = item["id"] if isinstance(item, dict) else item[1]
            marks = (
                [pytest.mark.xfail(strict=True, reason="known miss")]
                if (folder.name, key) in KNOWN_MISSES
                else []
            )
            params.append(pytest.param(folder, item, id=f"{folder.name}:{key}"[:70], marks=marks))
    return params


def quote(pair: list[str]) -> tuple[str, str]:
    """A gold quote as (file name, text)."""
    return pair[0], pair[1]


@pytest.mark.parametrize(("folder", "item"), cases("conflicts"))
def test_conflict_is_found(folder: Path, item: dict[str, Any]) -> None:
    gold = story_report(folder)
    assert gold.pair_reported("conflict", quote(item["a"]), quote(item["b"]))


def unexpected_conflict(folder: Path, a: list[str], b: list[str]) -> bool:
    """Whether a conflict finding covers a and b without covering an expected conflict.

    As in the team's goldcheck: a finding that reports an expected conflict may
    also list agreeing claims ("85m, 85m vs 58m"); only other findings count.
    """
    gold = story_report(folder)
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["conflicts"]
    for finding in gold.findings("conflict"):
        if any(
            gold.covers(finding, quote(c["a"])) and gold.covers(finding, quote(c["b"]))
            for c in expected
        ):
            continue
        if gold.covers(finding, quote(a)) and gold.covers(finding, quote(b)):
            return True
    return False


@pytest.mark.parametrize(("folder", "item"), cases("not_conflicts"))
def test_trap_is_not_a_conflict(folder: Path, item: dict[str, Any]) -> None:
    assert not unexpected_conflict(folder, item["a"], item["b"])


@pytest.mark.parametrize(("folder", "item"), cases("unsourced"))
def test_unsourced_claim_is_flagged(folder: Path, item: dict[str, Any]) -> None:
    assert story_report(folder).unsourced_rank(quote(item["at"])) is not None


@pytest.mark.parametrize(("folder", "item"), cases("sourced"))
def test_attributed_claim_is_not_unsourced(folder: Path, item: list[str]) -> None:
    assert story_report(folder).unsourced_rank(quote(item)) is None


@pytest.mark.parametrize(("folder", "item"), cases("changes"))
def test_change_over_time_is_not_a_conflict(folder: Path, item: dict[str, Any]) -> None:
    assert not unexpected_conflict(folder, item["a"], item["b"])


# False conflicts on blind stories outside their keys (the key lists only the traps its
# tester planted), reported by testers or met while fixing something else, each fixed since:
# (round's folder, story, (file, quote), (file, quote)).
REPORTED_FALSE_CONFLICTS = [
    # Round 70: an average price of second-hand bikes against the value of stolen ones.
    (
        "blind68",
        "aldersby-bike-thefts",
        ("followup.txt", "an average of £180"),
        ("wire.txt", "worth more than £1,500 each"),
    ),
    # Round 68: an insurance policy's cover against what the damage "could exceed".
    (
        "blind66",
        "st-aldric-cathedral-fire",
        ("blog.txt", "insurance policy covers only £12 million of damage"),
        ("local.txt", "the damage could exceed £30 million"),
    ),
    # Round 68: a package's face value against asking prices on resale sites.
    (
        "blind66",
        "vance-ticket-chaos",
        ("tv.txt", "three hundred and ninety-five pounds each"),
        ("wire.txt", "listed on resale sites for as much as £1,200"),
    ),
    # Round 67: a bound several lots' prices passed against one colt's price, and a week's
    # forecast turnover against the old record and a losing bid (guineas read as counts).
    (
        "blind65",
        "aldermoor-record-yearling",
        ("followup.txt", "for a million guineas or more"),
        ("wire.txt", "sold for 4.2 million guineas"),
    ),
    (
        "blind65",
        "aldermoor-record-yearling",
        ("followup.txt", "would exceed 150 million guineas"),
        ("tv.txt", "three point six million guineas"),
    ),
    # Round 66: what a book like one stolen "can sell for" against the value of the haul.
    (
        "blind64",
        "library-book-theft",
        ("blog.txt", "can sell for £400,000 at auction"),
        ("wire.txt", "worth about £2.4 million"),
    ),
    # Round 66: a rise of "inflation plus 3.9 percent" against a rise of 7.9 percent.
    (
        "blind64",
        "velora-price-rise",
        ("tv.txt", "inflation plus 3.9 percent"),
        ("wire.txt", "by 7.9 percent from 1 April"),
    ),
    # Round 65: a city's census count, dated by the year it was compared with, against
    # the nation's count at that census.
    (
        "blind63",
        "census-results-release",
        ("local.txt", "counted 587,000 people in the city"),
        ("wire.txt", "7,896,112 people counted at the previous census"),
    ),
    # Round 65 (met while fixing its traps): one firm's third-quarter revenue against its
    # forecast for the fourth.
    (
        "blind50",
        "quillmark-layoffs",
        ("tv.txt", "third-quarter revenue of $0.81 billion"),
        ("wire.txt", "fourth-quarter revenue of about $840 million"),
    ),
    # Round 64: a father's two children against the three of a mother someone spoke to.
    (
        "blind62",
        "food-bank-demand",
        ("local.txt", "a single father of two"),
        ("tv.txt", "tell a mother with three children"),
    ),
    # Round 64: the year a park opened against the year one of its rides did.
    (
        "blind62",
        "raft-ride-accident",
        ("wire.txt", "The park, which opened in 2006"),
        ("local.txt", "opened in 2014 at a cost"),
    ),
    # Round 64: shows added to a run against the run's length.
    (
        "blind62",
        "ticket-site-crash",
        ("followup.txt", "added two more shows to meet demand"),
        ("wire.txt", "consists of six shows"),
    ),
    # Round 63: the people killed in one of several cars against all the crash killed.
    (
        "blind61",
        "airshow-jet-crash",
        ("followup.txt", "The two people killed in one of the cars"),
        ("wire.txt", "killing three people, including the pilot"),
    ),
    # Round 62: a sum spent by a day against the fund it was spent from.
    (
        "blind60",
        "cedar-hollow-tornado",
        ("followup.txt", "about $410,000 had been spent by Thursday afternoon"),
        ("local.txt", "approved a $2.5 million emergency fund"),
    ),
    # Round 61: ballot papers accepted against ballot papers rejected; an analyst's guess at
    # a film's takings against its cost.
    (
        "blind59",
        "carrow-vale-recount",
        ("local.txt", "17 ballot papers that had been rejected on Friday"),
        ("wire.txt", "Anstey said 171 ballot papers were rejected"),
    ),
    (
        "blind59",
        "saltmarsh-box-office",
        ("tv.txt", "We think this film can get to 600 million dollars"),
        ("wire.txt", "cost $180 million to produce"),
    ),
    # Round 60: jobs at risk against the staff employed; a budget gap closed against a
    # department's spending; shares of two arms of a trial.
    (
        "blind58",
        "supermarket-store-closures",
        ("tv.txt", "around two thousand three hundred jobs at risk"),
        ("wire.txt", "Pennywell employs about 18,500 people"),
    ),
    (
        "blind58",
        "ellery-city-budget",
        ("followup.txt", "We closed a $31 million gap"),
        ("wire.txt", "Spending on roads and transit rises to $97 million"),
    ),
    (
        "blind58",
        "biotech-trial-results",
        ("followup.txt", "Only 9 percent of patients on placebo"),
        ("tv.txt", "almost half of patients on the higher dose"),
    ),
    # Round 59: a growth forecast against the policy rate; a coach's safety inspection
    # against the driver's medical check; a shift on duty against a manhunt's officers.
    (
        "blind57",
        "caldera-rate-rise",
        ("tv.txt", "to four point seven five percent"),
        ("wire.txt", "cut its forecast for economic growth this year to 1.1 percent"),
    ),
    (
        "blind57",
        "mountain-bus-crash",
        ("local.txt", "passed its annual safety inspection in March"),
        ("wire.txt", "passed a medical check in April"),
    ),
    (
        "blind57",
        "prison-escape-manhunt",
        ("tv.txt", "just fourteen officers were on duty overnight"),
        ("wire.txt", "a manhunt involving more than 120 officers"),
    ),
    # Round 58: a fund against money spent so far; the price of a kilo, arrests made on a
    # later day and a year's forecast seizures against a haul.
    (
        "blind56",
        "belle-ferry-capsize",
        ("followup.txt", "a 10 million pound support fund"),
        ("local.txt", "only 900,000 pounds had been spent so far"),
    ),
    (
        "blind56",
        "port-cocaine-haul",
        ("blog.txt", "sells for 30,000 pounds wholesale here"),
        ("tv.txt", "drugs worth ninety-six million pounds"),
    ),
    (
        "blind56",
        "port-cocaine-haul",
        ("followup.txt", "two people arrested in Lessing on Thursday evening"),
        ("tv.txt", "Five men have been arrested"),
    ),
    (
        "blind56",
        "port-cocaine-haul",
        ("local.txt", "The haul, some 1,200 kilograms of cocaine"),
        ("wire.txt", "would seize about 4 tonnes of cocaine"),
    ),
    # Round 56: a former coach's pay against the new coach's deal.
    (
        "blind54",
        "national-coach-appointment",
        ("local.txt", "was paid 1.1 million euros a year"),
        ("tv.txt", "the deal is worth 2.4 million euros a year"),
    ),
    # Round 57: one region's turnout, and one age group's, against the national turnout.
    (
        "blind55",
        "velmora-election-night",
        ("local.txt", "Turnout in Halvard reached 78.3 percent"),
        ("tv.txt", "turnout came in at 64.2 percent"),
    ),
    (
        "blind55",
        "velmora-election-night",
        ("blog.txt", "Turnout among under-25s was below 50 percent"),
        ("followup.txt", "Final turnout was 72.1 percent"),
    ),
    # Round 56: an aftershock's clock time against the main shock's; a yes share against a
    # turnout; cars a plant had planned to build against cars lost to strikes; "two hundred
    # extra redundancies" against the job cuts announced; one satellite's cost against
    # another's.
    (
        "blind54",
        "drazen-valley-earthquake",
        ("local.txt", "When the quake hit at 3:52 a.m. Sunday"),
        ("wire.txt", "tremor at 9:05 a.m."),
    ),
    (
        "blind54",
        "car-plant-vote",
        ("tv.txt", "The union says 58 percent backed the deal"),
        ("wire.txt", "on a turnout of 78 percent"),
    ),
    (
        "blind54",
        "car-plant-vote",
        ("tv.txt", "We lost around 11,000 cars to the stoppages"),
        ("wire.txt", "planned to build 190,000 cars at Brennock this year"),
    ),
    (
        "blind54",
        "kestrel-fernlight-deal",
        ("followup.txt", "Two hundred extra redundancies"),
        ("wire.txt", "would cut about 900 jobs"),
    ),
    (
        "blind54",
        "satellite-launch-failure",
        ("followup.txt", "the spacecraft had cost $362.7 million"),
        ("local.txt", "Orison-1, cost $275 million"),
    ),
    # Met in session 22: the games a player's touchdowns were counted over, against the
    # games he will miss.
    (
        "blind29",
        "running-back-ir",
        ("continental_press.txt", "Kessel will miss at least four games"),
        ("ironclad_nation_blog.txt", "11 total touchdowns in eight games"),
    ),
    # Round 55: money spent so far against what a scheme will cost; one city's tickets sold
    # against the whole tour's tickets, of which "almost 95 percent" were sold.
    (
        "blind53",
        "congestion-charge-vote",
        ("followup.txt", "Two million pounds spent before a single vote was cast"),
        ("wire.txt", "will cost £14 million"),
    ),
    (
        "blind53",
        "dray-tour-cancelled",
        ("local.txt", "About 205,000 tickets had been sold"),
        ("wire.txt", "Almost 95 percent of the 960,000 tickets had been sold"),
    ),
    # Round 54: a winner's cheque against the total purse; an exchange "collapsed" before
    # its name, against two arrests' days; one train's passengers against the line's
    # weekday riders; a plan's worth against an incentive package's; a construction crew
    # expected at its peak against the staff now; what a plaintiff gets against what a
    # hospital settled with her for.
    (
        "blind52",
        "kestrel-bay-open",
        ("followup.txt", "took home $1.512 million from the biggest purse"),
        ("wire.txt", "the total purse of $8.4 million"),
    ),
    (
        "blind52",
        "vaultis-exchange-collapse",
        ("followup.txt", "collapsed cryptocurrency exchange Vaultis on Friday"),
        ("wire.txt", "collapsed cryptocurrency exchange Vaultis on Thursday"),
    ),
    (
        "blind52",
        "metro-tunnel-fire",
        ("tv.txt", "with around 600 passengers aboard"),
        ("wire.txt", "carrying about 190,000 passengers on an average weekday"),
    ),
    (
        "blind52",
        "carmaker-plant-expansion",
        ("tv.txt", "Vantor laid out a plan worth about $2.4 billion"),
        ("wire.txt", "an incentive package worth $410 million"),
    ),
    (
        "blind52",
        "carmaker-plant-expansion",
        ("tv.txt", "is expected to employ about 2,500 workers"),
        ("wire.txt", "currently employs 3,200 workers"),
    ),
    (
        "blind52",
        "surgeon-malpractice-verdict",
        ("blog.txt", "Rosalind Ferrant gets close to $6 million"),
        ("tv.txt", "The hospital settled with Ferrant for eight hundred thousand dollars"),
    ),
    # Round 45: what the union seeks against the pay offer it struck over.
    (
        "blind43",
        "rail-strike",
        ("wire.txt", "The union is seeking 7 percent over one year"),
        ("local.txt", "a pay offer of 3.5 percent"),
    ),
    # Round 44: 23 winning tickets against the 38 to 45 million tickets expected to sell.
    (
        "blind42",
        "lottery-jackpot",
        ("local.txt", "23 tickets across the state matched five numbers"),
        ("tv.txt", "between 38 million and 45 million tickets"),
    ),
    # Round 44: what is left of an outage ("still without power ..., down from the peak")
    # against the peak; a named victim "and two others" against the three killed.
    (
        "blind42",
        "hurricane-orlena",
        ("tv.txt", "roughly 210,000 customers lost electricity"),
        ("followup.txt", "48,000 customers were still without power"),
    ),
    (
        "blind42",
        "arena-roof",
        ("followup.txt", "Sound technician Tobias Renwick and two others were killed"),
        ("wire.txt", "killing three people"),
    ),
    # Round 43: a year earlier's revenue against this quarter's.
    (
        "blind41",
        "quillon-earnings",
        ("local.txt", "A year earlier, Quillon posted revenue of $1.51 billion"),
        ("wire.txt", "reported third-quarter revenue of $1.42 billion"),
    ),
    # Round 40: a share price's gain against the drug's effect on the decline it slows.
    (
        "blind38",
        "drug-trial",
        ("followup.txt", "The stock closed up 31%"),
        ("tv.txt", "by 48 percent compared with placebo"),
    ),
    # Round 37: a day the failed tank is to be inspected, against the day it failed.
    (
        "blind35",
        "tarrow-river-spill",
        ("ledger_followup.txt", "inspect the failed tank on Friday"),
        ("wire.txt", "a storage tank failed at a coatings plant on Monday morning"),
    ),
    # Round 37: another jet's passengers in 2019, against the passengers treated.
    (
        "blind35",
        "corvane-482-landing",
        ("courier.txt", "with 121 passengers"),
        ("courier_followup.txt", "17 passengers"),
    ),
    # Round 37: the sum a budget line rose from, against the sum it rose to.
    (
        "blind35",
        "brennock-budget-vote",
        ("01_wire_cws.txt", "up from $91 million this year"),
        ("02_local_ledger.txt", "police department's $96 million"),
    ),
    # Round 38: a ship that sailed "at 5:40 a.m. on the first morning of the walkout",
    # against the time the dockworkers walked off the job.
    (
        "blind36",
        "carrow-bay-strike",
        ("followup.txt", "sailed at 5:40 a.m."),
        ("wire.txt", "walked off the job at 6 a.m."),
    ),
    # Met in session 16: the seats of an assembly, against the seats of a majority.
    (
        "blind21",
        "calvenia-election",
        ("03_rc1_radio.txt", "the 240-seat assembly"),
        ("05_followup_cns.txt", "22-seat majority"),
    ),
    # Met in session 16: opposition deputies who declared support, against all who voted.
    (
        "blind29",
        "parvanek-confirmation",
        ("continental_wire.txt", "15 opposition deputies"),
        ("dressel_herald.txt", "121 deputies voted in favour"),
    ),
]


@pytest.mark.parametrize(
    ("root", "story", "a", "b"),
    REPORTED_FALSE_CONFLICTS,
    ids=[f"{story}:{a[1]}"[:70] for _, story, a, _ in REPORTED_FALSE_CONFLICTS],
)
def test_a_reported_false_conflict_stays_away(
    root: str, story: str, a: tuple[str, str], b: tuple[str, str]
) -> None:
    folder = TESTS / "data" / root / story
    assert not unexpected_conflict(folder, list(a), list(b))
