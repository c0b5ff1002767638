"""Locator pack: the reading by phone number or registration (rule CL215,
custlint/engine/kinds/locator/phones.py). Call centres, garages, taxi firms and car parks
name a customer by the number they ring from or the plate of their car; the reading flags
the number when it opens its clause and is said to be on the line, on hold or in reception,
to ring, ask, want, complain or dispute, or to be furious; when it is told something; when
a caller gives it for their name; or when a person noun is placed by it. Its innocent
look-alikes are contact details, numbers in signs, logs and policies, accounts and cards
ending in some digits, fleet and staff cars, plates in parking rules, and numbers said of a
machine or an account ('is on hold pending the credit check', 'rang out', 'was called by
the auto-dialler').

Every sentence here was written for these tests. Every person below went unflagged before
this reading. The look-alikes all passed before it too, except the four under NEWLY_QUIET,
which other rules read as a seat or a bare number before the phone number was found whole.
"""

from __future__ import annotations

import pytest

from custlint.api import lint_documents
from custlint.config import Settings
from custlint.sources.plaintext import read_text
from tests.conftest import locator_matches

# (text, the finding's match)
FLAGGED = [
    (
        "I've got 07958 114220 on the line and he's asking why his broadband bill doubled.",
        "07958 114220",
    ),
    ("07831 662019 is on hold, she wants to move her installation date.", "07831 662019"),
    ("Is that LR68 KFD on the phone? Tell him the tow truck has left the depot.", "LR68 KFD"),
    ("YB21 HNU is in reception asking whether the loan car has a child seat.", "YB21 HNU"),
    ("CRM note: 07412 558903 rang to cancel the gym membership.", "07412 558903"),
    (
        "The woman on the landline ending 318 wants her old tariff back.",
        "The woman on the landline ending 318",
    ),
    (
        "+44 7911 204387 rang again this morning, he's livid about the roaming charges.",
        "+44 7911 204387",
    ),
    ("ending 7741 is disputing a payment to a streaming service.", "ending 7741"),
    ("07555 301128 called twice about the missing parcel.", "07555 301128"),
    ("0161 496 0732 wants a callback before five.", "0161 496 0732"),
    ("Got 07700 944501 on line 2, she says the boiler is leaking again.", "07700 944501"),
    ("SN70 WXP rang to ask if the MOT is done.", "SN70 WXP"),
    ("Tell 07882 413306 the engineer will be there by noon.", "07882 413306"),
    ("The guy on 07456 220918 keeps ringing about his refund.", "The guy on 07456 220918"),
    (
        "Note: +353 87 412 6630 called about the ferry booking, wants to change to Friday.",
        "+353 87 412 6630",
    ),
    ("07723 580194 hung up before I could take the account details.", "07723 580194"),
    ("The lady with DL19 XRT is waiting for her keys.", "The lady with DL19 XRT"),
    ("ending in 2290 says the card reader took her payment twice.", "ending in 2290"),
    ("Is that 07391 004562 on the phone again? Put him through to billing.", "07391 004562"),
    ("07809 777321 asked for a manager.", "07809 777321"),
    ("Handover: 020 7946 0512 complained that the library fines were wrong.", "020 7946 0512"),
    ("The gent in BF67 ZKA wants to know when the car wash opens.", "The gent in BF67 ZKA"),
    ("Remind 07544 129903 that her prescription is ready to collect.", "07544 129903"),
    ("07412 338866 is furious, the engineer never turned up.", "07412 338866"),
    ("reg YH15 OPL rang, wants to know if the tyres are in.", "reg YH15 OPL"),
    ("07900 662211 would like a copy of the itemised bill.", "07900 662211"),
    ("555-214-8890 called to complain about the delivery window.", "555-214-8890"),
    (
        "The caller on 07922 410087 insists she never signed the contract.",
        "The caller on 07922 410087",
    ),
    (
        "The man with the mobile ending 6610 is threatening to go to the ombudsman.",
        "The man with the mobile ending 6610",
    ),
    ("07384 552190 texted asking if the salon has any slots on Saturday.", "07384 552190"),
    ("Ask 07700 918273 whether she still wants the early ferry.", "07700 918273"),
    ("0117 496 0845 is demanding a refund for the cancelled gig.", "0117 496 0845"),
    ("I've got KP17 DFE on the phone, she's locked out of her car.", "KP17 DFE"),
    ("07812 004433 on hold, he's been waiting twenty minutes.", "07812 004433"),
    ("Warn 07766 551209 that the 8:15 sailing is cancelled.", "07766 551209"),
    ("07488 119034 keeps calling about the leak in the flat above.", "07488 119034"),
    ("The family in WR18 JHG are asking for a bigger hire car.", "The family in WR18 JHG"),
    ("The bloke on 07943 286401 swore at me and hung up.", "The bloke on 07943 286401"),
    ("ending 4417 rang back, she found the reference number.", "ending 4417"),
    ("07425 906613 emailed saying the router light is still red.", "07425 906613"),
    ("Reg NX64 EBT is on the line about the parking fine.", "Reg NX64 EBT"),
    ("Thank 07700 925541 for her patience, the repair is booked.", "07700 925541"),
    ("+1 415 555 0199 wants to upgrade to the family plan.", "+1 415 555 0199"),
    ("07856 330214 is on the line, he wants to port his number to us.", "07856 330214"),
    ("01632 960 447 complained about the meter reading.", "01632 960 447"),
    (
        "The lady on the landline ending 093 keeps asking about her pension payment.",
        "The lady on the landline ending 093",
    ),
    ("07900 312267 rang, says the bike she bought has a buckled wheel.", "07900 312267"),
    ("AK66 RTV is on the phone asking if his car is ready for collection.", "AK66 RTV"),
    ("07534 208811 is disputing the late fee on her library account.", "07534 208811"),
    ("Got 07412 660900 on the phone, he's querying the energy bill.", "07412 660900"),
    ("CRM: 07700 900788 threatened to cancel if the outage isn't fixed.", "07700 900788"),
    ("07957 118842 called to book a cut and colour for Tuesday.", "07957 118842"),
    ("the man in GK71 NBV wants to speak to the duty manager.", "the man in GK71 NBV"),
    ("07700 937166 is asking if the ticket is transferable.", "07700 937166"),
    ("0800 number aside, 07777 812345 rang again about the tow.", "07777 812345"),
    ("07412 998871 wants his deposit back.", "07412 998871"),
    ("The couple on 07311 450782 want to move their wedding date.", "The couple on 07311 450782"),
    ("07700 901122 is on the line again, she's upset about the roaming bill.", "07700 901122"),
    ("ending 5562 is on hold, he wants to close the account.", "ending 5562"),
    ("07391 226008 complained that the spin class was overbooked.", "07391 226008"),
    ("Remind 01632 960 118 that the ferry leaves at six.", "01632 960 118"),
    ("07700 900222 wants a sim swap done before he can log in.", "07700 900222"),
    ("07488 119034 keeps calling about the leak in the flat above.", "07488 119034"),
    ("Hello, this is mobile 07700 955120, I'm ringing about my parcel.", "mobile 07700 955120"),
    ("Number 07911 650433 has complained twice about the signal at home.", "Number 07911 650433"),
]

# Quiet before this reading and after it.
INNOCENT = [
    "Call us on 0800 123 4567 if the router keeps dropping.",
    "Our number is 07700 900000, lines are open until eight.",
    "Ring 111 for advice if she feels worse overnight.",
    "KX19 ABC is the courtesy car, please return it with a full tank.",
    "Van KM19 XTA needs an MOT before Friday.",
    "Text STOP to 07537 410 000 to opt out of offers.",
    "For emergencies call 0161 496 0000, he said.",
    "The helpline 0300 123 4455 is on hold music all morning.",
    "07700 900412 is not in service.",
    "Please dial 020 7946 0000 and ask for the duty manager.",
    "Vehicles without a permit, such as AB12 CDE, will be clamped.",
    "The fleet car PL19 HRT is booked for a service on Monday.",
    "Order 4471 2290 3381 has shipped.",
    "Your reference is 0044 1290 3381, quote it when you call.",
    "Opening hours: 09:00 to 17:30, call 0117 496 0000.",
    "The server at 10.0.0.12 listens on port 8080.",
    "Upgrade to version 4.12 1337 fixes the crash.",
    "Contact the depot on 01632 960 555 for collections.",
    "She gave me 07911 204 387 as her work number.",
    "If you're stuck, 0800 123 4567 is the number to call.",
    "Our new switchboard is 020 7946 0999, please update your records.",
    "The sign says to ring 01632 960 001 in case of fire.",
    "The total came to 1 250 000 pounds.",
    "Calls to 0845 numbers cost up to 7p a minute.",
    "0800 123 4567 is free from mobiles and landlines.",
    "I rang 07700 900123 twice but nobody answered.",
    "Try 0161 496 0123 between nine and five.",
    "Has anyone got the number for the council? It's 0300 555 1234.",
    "The taxi firm's number is 01632 960 321, ask for Dave.",
    "KX19 ABC was clamped in the disabled bay.",
    "The Golf, KX19 ABC, is ready for collection.",
    "KM19 XTA is parked across two spaces.",
    "AB12 CDE has been in the car park since Tuesday.",
    "The loan car is reg LR68 KFD and it needs fuel.",
    "KP17 DFE failed its MOT on the brakes.",
    "Cars such as SN70 WXP are exempt from the charge.",
    "Our driver in van AK66 RTV will call you when he is ten minutes away.",
    "Enter the registration, e.g. AB12 CDE, without spaces.",
    "The number plate BF67 ZKA was cloned, the police said.",
    "Staff car GK71 NBV can use the reserved space.",
    "Tow truck WR18 JHG is on its way to the M4.",
    "NX64 EBT is on the ramp in bay 3.",
    "YB21 HNU is on the lift waiting for parts.",
    "DL19 XRT wants new brake pads and a wheel alignment.",
    "The courtesy car SN70 WXP is back with a scratch on the door.",
    "Account 4471 8820 1193 is overdrawn.",
    "Card ending 4417 was declined at the till.",
    "Your card ending in 2290 will expire next month.",
    "The account ending 7741 has been closed.",
    "Payments from the card ending 5562 are on hold pending checks.",
    "The mobile ending 6610 has been ported to another network.",
    "Phones ending 093 are part of the old batch.",
    "The number 07700 900788 was called by the auto-dialler 40 times.",
    "07700 900412 called 0800 123 4567 at 14:02 and the call lasted 3 minutes.",
    "The log shows 07555 301128 rang for 40 seconds before voicemail.",
    "Your number 07831 662019 is on hold while we move it to the new SIM.",
    "Line 07958 114220 is on the phone bill twice.",
    "Please add 07723 580194 to the do-not-call list.",
    "Block 07384 552190, it's a spam number.",
    "07384 552190 is a known scam number.",
    "Forward calls from 07809 777321 to voicemail.",
    "Dear customer, call 0345 600 1234 to renew.",
    "The ferry office, 01632 960 222, opens at seven.",
    "Fax: 020 7946 0111, Tel: 020 7946 0112.",
    "The gym's number is 0113 496 0777 and they open at six.",
    "Ticket 8810 2291 is valid for two adults.",
    "Seat 14C and seat 14D are free on the 09:10 ferry.",
    "The match ended 3 1 after extra time.",
    "Invoice INV 2291 4471 is overdue.",
    "Temperature readings of 98 6 were logged at 14 30.",
    "Between 2019 2020 and 2021 2022 sales grew by 12 per cent.",
    "Version 2 3 4 of the app asks for location access.",
    "The IP 192 168 0 1 answers on port 443.",
    "Unit 4421 called the control room on channel 3.",
    "Car 2291 responding, ETA five minutes.",
    "Dispatch: KX19 ABC is the nearest unit, send it to Park Road.",
    "Taxi YH15 OPL is waiting outside for the 3:15 pickup.",
    "The bus with registration LR68 KFD broke down on the ring road.",
    "Reg AB12 CDE is due for its MOT in May.",
    "Plate KP17 DFE came up on the ANPR camera at 02:14.",
    "The engineer on 07700 900321 says the part is in stock.",
    "Our technician's mobile is 07911 000111, he is on site until four.",
    "Dave from accounts on 0161 496 0555 wants the invoices by Friday.",
    "Call the supplier on 01632 960 444, they want the order confirmed.",
    "The emergency line 999 is for life-threatening emergencies only.",
    "Ring 101 to report a crime that is not an emergency.",
    "The raffle number 4417 won the hamper.",
    "Seats ending in 14 are by the window.",
    "Prices ending 99 are in the sale.",
    "The policy ending 0932 renews on the 5th.",
    "The meter ending 318 is read quarterly.",
    "The router's serial ending 7781 is under warranty.",
    "The contract ending 2290 runs until March.",
    "Rooms ending in 12 have a sea view.",
    "07700 900412 and 07700 900413 are both registered to the account.",
    "The numbers 07700 900000 to 07700 900999 are reserved for drama.",
    "Welcome to the team! My direct line is 020 7946 0333.",
    "The shop on 0113 496 0222 said he could collect it tomorrow.",
    "Ask for Sue on 01632 960 777, she handles refunds.",
    "Tell the driver the pickup is at 07:45 by gate 2.",
    "Our office in Leeds (0113 496 0100) asks visitors to sign in.",
    "The landline 0117 496 0123 keeps ringing in the empty office.",
    "The alarm number 0800 111 2222 is on the sticker by the door.",
    "Dial 0 then 020 7946 0444 to get an outside line.",
    "The code 0932 unlocks the staff room.",
    "The PIN ending 4417 was reset.",
    "Customers can call 0800 321 4567 to complain about the service.",
    "If 0800 123 4567 is busy, try again later.",
    "She asked for 07700 900412 to be added as a second contact.",
    "The man on the poster is holding a sign with 0800 123 4567 on it.",
    "The woman at the desk wrote 07700 900656 on a sticky note.",
    "The guy from the garage says KX19 ABC needs a new clutch.",
    "My husband's car, KM19 XTA, is in for a service.",
    "He drives KX19 ABC, a silver Golf.",
    "The lady on the radio read out 0800 555 0101 for the competition.",
    "The man on reception wants the delivery note for order 4412.",
    "The bay ending in 12 is reserved for the manager.",
    "07700 900787 is engaged, try again in a minute.",
    "The old number 01632 960 010 redirects to our new office.",
    "Hotline 0808 157 0192 is open 24/7 for advice.",
    "The 0800 123 4567 line was down for an hour.",
    "Hi, this is the helpline for 0800 123 4567 customers.",
    "Line 07700 900412 has been down since Friday.",
    "The number 07700 900555 is on the back of your card.",
    "Mobile 07700 900123 is registered to the business account.",
]

# Loud before this reading (a phone group read as a bare number or an order's number, a
# plate's front as a seat), quiet now that the number is read whole.
NEWLY_QUIET = [
    "The number 07700 900555 rang out when I tried it.",
    "Please move YH15 OPL, it's blocking the loading bay.",
    "07412 338866 is on hold pending the credit check.",
    "The library is at 12 Market Street, phone 01632 960 900.",
]


@pytest.mark.parametrize("text,match", FLAGGED)
def test_flagged(text, match):
    assert match in locator_matches(text), text


@pytest.mark.parametrize("text", INNOCENT + NEWLY_QUIET)
def test_innocent(text):
    assert locator_matches(text) == [], text


def test_a_reference_before_the_caller_stays_a_topic():
    """The comma after 'Re: claim ref AB-2231' lists nothing: the phone number is the person,
    the record named after 'Re:' is not (it lends no person across rules)."""
    text = "Re: claim ref AB-2231, 07700 900123 wants a call back"
    found = lint_documents([read_text("<text>", text)], Settings())[0]
    assert [f.match for f in found if f.category == "locator"] == ["07700 900123"]


def test_the_rewrite_keeps_the_number_and_says_who():
    """'the customer on …' for a phone, 'with registration …' for a plate, in the writer's
    case and not the plate's capitals."""
    texts = [
        "07700 900123 on hold, he wants to cancel",
        "KM19 XTA is in reception asking about a courtesy car",
        "ending 0932 is disputing a charge from a gym she's never joined",
        "The man on the landline ending 442 wants to keep his number",
    ]
    found = lint_documents([read_text("<text>", t) for t in texts], Settings())
    rewrites = [f.replacements[0] for fs in found for f in fs if f.category == "locator"]
    assert rewrites == [
        "The customer on 07700 900123",
        "The customer with registration KM19 XTA",
        "the customer on the number ending 0932",
        "The customer on the landline ending 442",
    ]
