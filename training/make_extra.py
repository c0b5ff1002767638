"""Write data/labeled/judge_extra.jsonl: more labeled sentences for the judge, our own.

Sentences are composed from hand-written pieces per domain (who is mentioned, what people
do, what places and things do) with a fixed seed, so the file is reproducible. Following
data/labeled/GUIDELINES.md, at least 40% of rows are innocent look-alikes.

    python training/make_extra.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "labeled" / "judge_extra.jsonl"
SEED = 20240611

# domain: (mentions, person predicates, thing predicates, person nouns' places)
# A mention is the exact locator text; "{M}" in a predicate is where it goes.
DOMAINS = {
    "airline": (
        ["17F", "23C", "seat 4A", "seat 12D", "14B", "seat 31C"],
        [
            "{M} keeps pressing the call button.",
            "{M} is asking for another blanket.",
            "{M} wants to change seats with her husband.",
            "{M} has been complaining about the legroom since we boarded.",
            "Can you check on {M}? She looked pale.",
            "{M} says the screen is broken and wants a refund.",
            "Please tell {M} we are about to land.",
            "{M} is furious about the delay.",
            "Bring {M} a glass of water, please.",
            "{M} asked twice about his connection.",
            "{M} refused to put her bag under the seat.",
            "I apologized to {M} for the spilled coffee.",
            "{M} fell asleep before the meal service.",
        ],
        [
            "{M} is an aisle seat near the wing.",
            "Your seat is {M}.",
            "{M} departs at 9:10 from gate 22.",
            "{M} has been delayed by two hours.",
            "The tray table at {M} is broken.",
            "{M} does not recline, so we block it on full flights.",
            "I was moved to {M} after check-in.",
            "{M} lands in Lisbon at noon.",
            "We booked you on {M} tomorrow morning.",
            "{M} is still empty if you would like to move.",
            "The reading light above {M} flickers.",
            "{M} was cancelled because of the storm.",
        ],
        ["man", "woman", "lady", "guy", "family", "kid"],
    ),
    "hotel": (
        ["room 412", "Room 839", "room 1108", "suite 9", "room 215", "room 604"],
        [
            "{M} wants more towels.",
            "{M} called the front desk again about the noise.",
            "{M} is asking for a late checkout.",
            "{M} has a complaint about the breakfast.",
            "Can someone call {M} back about the spa booking?",
            "{M} is upset that the pool is closed.",
            "{M} just checked out and left a great review.",
            "{M} keeps ringing about the air conditioning.",
            "Please remind {M} that checkout is at eleven.",
            "We upgraded {M} to a sea view.",
            "{M} is waiting in the lobby for a taxi.",
            "{M} wants to know where to park.",
        ],
        [
            "{M} needs new linen.",
            "Please deliver the towels to {M}.",
            "{M} is being cleaned right now.",
            "The minibar in {M} was restocked this morning.",
            "{M} has a view of the harbour.",
            "The shower in {M} leaks.",
            "{M} is on the fourth floor, next to the lift.",
            "We have blocked {M} for maintenance until Friday.",
            "{M} sleeps up to four people.",
            "The key card for {M} stopped working.",
            "{M} is free from the 12th.",
            "Housekeeping finished {M} at noon.",
        ],
        ["woman", "couple", "family", "gentleman", "man"],
    ),
    "restaurant": (
        ["table 9", "Table 14", "table 3", "table 21", "table 6", "table 12"],
        [
            "{M} is ready to order.",
            "{M} wants the bill.",
            "{M} is asking for the dessert menu.",
            "{M} has a nut allergy, so tell the kitchen.",
            "{M} keeps waving at me.",
            "Can you check on {M}? They have been waiting for twenty minutes.",
            "{M} sent back the steak because it was cold.",
            "{M} is celebrating an anniversary tonight.",
            "Take {M} another bottle of sparkling water.",
            "{M} just left a big tip.",
            "{M} is complaining about the music.",
            "Thank you, {M}, enjoy your evening!",
        ],
        [
            "{M} is free at 8.",
            "{M} seats six people.",
            "{M} is by the window.",
            "Please wipe down {M} before the next seating.",
            "{M} wobbles, so put a coaster under the leg.",
            "We pushed {M} and table 15 together for the party.",
            "{M} is reserved from seven o'clock.",
            "The candle on {M} went out.",
            "{M} is on the terrace, near the heater.",
            "Set {M} for four with the good glasses.",
            "{M} needs a clean tablecloth.",
            "{M} is booked all evening.",
        ],
        ["couple", "family", "party", "lady", "man"],
    ),
    "hospital": (
        ["bed 4", "Bed 12", "bed 7", "bay 3", "bed 2", "cubicle 5"],
        [
            "{M} is asking for more pain relief.",
            "{M} needs help getting to the bathroom.",
            "{M} keeps pulling at her drip.",
            "{M} is confused and trying to get up.",
            "Please check on {M} in ten minutes.",
            "{M} has a fever again.",
            "{M} wants to see the doctor before lunch.",
            "{M} was discharged this morning.",
            "Can you tell {M} his wife is on her way?",
            "{M} refused his medication.",
            "{M} is anxious about the operation.",
            "{M} called the nurse three times overnight.",
        ],
        [
            "{M} needs fresh sheets.",
            "{M} is free for the next admission.",
            "The monitor at {M} keeps beeping.",
            "{M} is being cleaned after the discharge.",
            "The curtain around {M} is torn.",
            "{M} is next to the window.",
            "Move the spare drip stand to {M}.",
            "{M} has a broken rail, so do not use it.",
            "{M} was stripped and remade at six.",
            "The call light at {M} is not working.",
            "{M} is reserved for the transfer from surgery.",
            "We are short of pillows for {M}.",
        ],
        ["man", "lady", "woman", "old man", "girl"],
    ),
    "bank": (
        [
            "account 4471",
            "Account 5521",
            "account ending 9910",
            "card ending 3321",
            "loan 7780",
            "account 2208",
        ],
        [
            "{M} wants the late fee reversed.",
            "{M} called again about the missing transfer.",
            "{M} is threatening to close everything and move banks.",
            "{M} is on hold for a supervisor.",
            "Please call {M} back before five.",
            "{M} complained that the app logged him out.",
            "{M} is asking why the payment bounced.",
            "{M} disputes the charge from the hotel.",
            "{M} says she never received the new card.",
            "Let {M} know the hold has been lifted.",
            "{M} is at the counter asking for cash.",
        ],
        [
            "{M} is overdrawn.",
            "{M} was closed last week.",
            "The balance on {M} is low.",
            "{M} earns 2% interest.",
            "Transfer the funds to {M}.",
            "{M} has a limit of 5,000.",
            "{M} expires in March.",
            "We froze {M} after the fraud alert.",
            "Statements for {M} are sent monthly.",
            "{M} is a joint account.",
            "The direct debit from {M} failed.",
            "{M} was opened in 2019.",
        ],
        ["guy", "lady", "woman", "man", "couple"],
    ),
    "telecom": (
        ["account 88213", "ticket 5512", "case 7731", "Account 30917", "ticket 6604"],
        [
            "{M} keeps calling about the outage.",
            "{M} wants a technician visit this week.",
            "{M} is furious about roaming charges.",
            "{M} asked for a discount to stay.",
            "Please ring {M} back about the router.",
            "{M} says the line drops every evening.",
            "{M} threatened to switch providers.",
            "{M} is waiting on the phone for an update.",
            "{M} complained about the upgrade fee.",
            "{M} wants to cancel before the contract renews.",
        ],
        [
            "{M} was closed as resolved.",
            "{M} is assigned to the network team.",
            "{M} has been escalated to level two.",
            "{M} is linked to the fibre outage.",
            "Add the engineer's notes to {M}.",
            "{M} was merged with a duplicate.",
            "{M} renews in June.",
            "The SIM on {M} was replaced.",
            "{M} is on the unlimited plan.",
            "{M} has a priority flag.",
        ],
        ["man", "lady", "woman", "family"],
    ),
    "retail": (
        ["order 10552", "Order 4471", "order #88120", "order 20931", "order 7710"],
        [
            "{M} wants to know where their package is.",
            "{M} called to complain about the size.",
            "{M} is asking for a refund.",
            "{M} is at the counter to pick up.",
            "Email {M} back about the delay.",
            "{M} keeps calling about the missing parcel.",
            "{M} is upset that the colour is wrong.",
            "{M} says the box arrived crushed.",
            "Please apologize to {M} for the mix-up.",
            "{M} wants to exchange the shoes.",
        ],
        [
            "{M} has shipped.",
            "{M} was delivered on Tuesday.",
            "{M} contains two items.",
            "Please pack {M} before noon.",
            "{M} is out for delivery.",
            "{M} was returned to the warehouse.",
            "The label for {M} did not print.",
            "{M} qualifies for free shipping.",
            "{M} is still in the packing queue.",
            "{M} weighs 3 kg.",
        ],
        ["lady", "man", "woman", "guy"],
    ),
    "events": (
        ["seat B12", "row 4", "ticket 331", "box 5", "seat C7", "registration 2231"],
        [
            "{M} keeps standing up and blocking the view.",
            "{M} is asking for a refund because of the rain.",
            "{M} wants to move closer to the stage.",
            "Please ask {M} to turn off their phone.",
            "{M} complained about the sound.",
            "{M} is drunk and shouting at the band.",
            "{M} has been waiting at the gate for an hour.",
            "{M} called about parking.",
        ],
        [
            "{M} has a restricted view.",
            "{M} is in the upper tier.",
            "{M} was scanned at 7:42 pm.",
            "{M} is sold out.",
            "The barrier in front of {M} is loose.",
            "{M} includes a drink voucher.",
            "{M} is reserved for the press.",
            "{M} was printed twice by mistake.",
        ],
        ["man", "woman", "group", "couple"],
    ),
    "support": (
        ["ticket 3391", "case 4410", "incident 2210", "Ticket 5078", "case 9002"],
        [
            "{M} keeps emailing about the login issue.",
            "{M} wants a call from a manager.",
            "{M} is frustrated that nobody replied.",
            "{M} asked for a refund of the annual plan.",
            "Please reply to {M} today.",
            "{M} says the export still fails.",
            "{M} is threatening to cancel the subscription.",
            "{M} thanked us for the quick fix.",
        ],
        [
            "{M} was closed as a duplicate.",
            "{M} is assigned to the billing queue.",
            "{M} has been escalated to engineering.",
            "{M} is linked to the known bug.",
            "Attach the logs to {M}.",
            "{M} was reopened by the automation.",
            "{M} breached its SLA.",
            "{M} is waiting for a code fix.",
        ],
        ["guy", "woman", "man", "lady"],
    ),
}

PLACED = ["The {N} {R} {M} {P}", "that {N} {R} {M} {P}", "The {N} from {M} {P}"]
RELATIONS = {"table": "at", "account": "on", "card": "on", "loan": "on", "box": "in", "row": "in"}
PLACED_PREDICATES = [
    "wants to talk to someone.",
    "has asked twice about the delay.",
    "is getting impatient.",
    "just complained again.",
    "needs help.",
]
BARE_ROLE = {"17F", "23C", "14B"}

# Refusals: ours (flagged) and innocent look-alikes the refusal shapes may catch.
REFUSALS_OURS = [
    ("retail", "We cannot accept returns without a receipt.", "We cannot accept"),
    ("hotel", "We can't offer a late checkout on Sundays.", "We can't offer"),
    ("restaurant", "We do not take reservations for parties under six.", "We do not take"),
    ("bank", "We are unable to waive the overdraft fee.", "We are unable to waive"),
    ("airline", "Pets are not allowed in the cabin.", "are not allowed"),
    ("events", "No re-entry after 9 pm.", "No re-entry after 9 pm"),
    ("telecom", "We won't be able to send a technician this week.", "We won't be able to send"),
    ("hospital", "Visitors are not permitted after 8 pm.", "are not permitted"),
    ("support", "We cannot refund the annual plan after 30 days.", "We cannot refund"),
    ("retail", "Sorry, we don't price match online stores.", "we don't price match"),
    ("hotel", "Smoking is prohibited in all rooms.", "is prohibited"),
    ("bank", "Your request for a limit increase has been denied.", "has been denied"),
    ("restaurant", "No substitutions on the tasting menu.", "No substitutions"),
    ("airline", "We can't rebook you on the earlier flight.", "We can't rebook"),
    ("events", "Outside food is not allowed in the arena.", "is not allowed"),
    ("telecom", "It is against our policy to unlock phones under contract.", "against our policy"),
]
# Hand-written rows: (domain, text, locator span or None).
LOCATORS_BY_HAND = [
    ("airline", "Flight 64 is furious about the delay.", "Flight 64"),
    ("airline", "Flight 212 keeps calling the desk about their bags.", "Flight 212"),
    ("airline", "Flight 64 departs at 9:10.", None),
    ("airline", "Flight 212 was cancelled because of the storm.", None),
    ("airline", "The guy on flight 64 wants a refund.", "The guy on flight 64"),
    ("airline", "We moved you to flight 212, which lands at noon.", None),
    ("hotel", "1108 keeps calling the front desk.", "1108"),
    ("hotel", "Rooms 1108 and 1110 are being cleaned.", None),
    ("restaurant", "The couple at table 14 is asking for the bill.", "The couple at table 14"),
    ("restaurant", "See table 14 below for the opening hours.", None),
    ("hospital", "The diabetic in bed 6 needs her insulin.", "The diabetic in bed 6"),
    ("hospital", "Bed 6 is by the nurses' station.", None),
    ("events", "Up to 208 guests can fit in hall 3.", None),
    ("support", "Step 4 explains how to reset the password.", None),
    ("retail", "Order 10552 wants to know why it is late.", "Order 10552"),
    ("bank", "The lady with account 4471 is on the phone again.", "The lady with account 4471"),
]
REFUSALS_THEIRS = [
    ("hotel", "The pharmacy next door doesn't take cash, so bring a card."),
    ("hotel", "Our partner hotels do not permit pets, as far as we know."),
    ("retail", "The courier doesn't deliver on Sundays, but we ship every day."),
    ("airline", "The other carrier does not allow pets in the cabin, but we do."),
    ("restaurant", "The bakery across the street doesn't accept cards."),
    ("events", "The parking garage does not allow oversized vehicles, so use the lot."),
    ("bank", "Your old bank does not offer this account, but we can open one today."),
    ("telecom", "The shop in the mall doesn't sell our SIM cards."),
    ("support", "The payment provider does not accept prepaid cards."),
    ("hospital", "The cafeteria doesn't take cash after six."),
    ("hotel", "The museum does not allow photography, so ask before you go."),
    ("retail", "The outlet store does not accept our gift cards."),
]


def main() -> None:
    rng = random.Random(SEED)
    rows = []

    def add(domain: str, register: str, text: str, expected: list[dict]) -> None:
        rows.append(
            {
                "id": f"jx-{len(rows) + 1:04d}",
                "domain": domain,
                "register": register,
                "text": text,
                "expected": expected,
                "optional": [],
            }
        )

    for domain, (mentions, people, things, nouns) in DOMAINS.items():
        for pred in people:  # each predicate with two different mentions
            for m in rng.sample(mentions, 2):
                text = _fill(pred, m)
                span = _as_written(text, m)
                add(domain, "shorthand", text, [{"category": "locator", "span": span}])
        for pred in things:
            for m in rng.sample(mentions, 2):
                add(domain, "shorthand", _fill(pred, m), [])
        for _ in range(4):
            m = rng.choice(mentions)
            if m in BARE_ROLE:
                m = f"seat {m}"
            noun = rng.choice(nouns)
            m = m[0].lower() + m[1:]
            relation = RELATIONS.get(m.split()[0], "with" if m[0] in "otcir" else "in")
            lead = rng.choice(PLACED).replace("{N}", noun).replace("{R}", relation)
            text = lead.replace("{M}", m).replace("{P}", rng.choice(PLACED_PREDICATES))
            text = text[0].upper() + text[1:]
            span = text[: text.index(m) + len(m)]
            add(domain, "shorthand", text, [{"category": "locator", "span": span}])
    for domain, text, span in LOCATORS_BY_HAND:
        add(domain, "shorthand", text, [{"category": "locator", "span": span}] if span else [])
    for domain, text, span in REFUSALS_OURS:
        add(domain, "policy", text, [{"category": "no-phrasing", "span": span}])
    for domain, text in REFUSALS_THEIRS:
        add(domain, "email", text, [])
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    innocent = sum(1 for r in rows if not r["expected"])
    print(f"{len(rows)} rows, {innocent} innocent ({innocent / len(rows):.0%}) -> {OUT}")


def _fill(pred: str, mention: str) -> str:
    text = pred.replace("{M}", mention)
    if pred.startswith("{M}"):
        text = text[0].upper() + text[1:]
    elif mention[0].isupper() and not mention[1:2].isupper():
        text = text.replace(mention, mention[0].lower() + mention[1:])
    return text


def _as_written(text: str, mention: str) -> str:
    i = text.lower().index(mention.lower())
    return text[i : i + len(mention)]


if __name__ == "__main__":
    main()
