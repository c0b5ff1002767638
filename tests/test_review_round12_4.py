"""Review round 12/4: look-alikes of the homes reading (homes.py, CL216) and of the 'number N'
veto it added for every rule, with households and customers called by their number that must
stay flagged.

Every sentence here was written for these tests. Look-alikes: addresses in letters, forms and
directions, homes as property (voids, damp, meters, rent accounts, tax bands), estate agents
and lettings, businesses, staff and contractors at a home, shirts, rankings, charts, buses and
Number 10. The guards of this round (homes.py): a 'No.' cut by the splitter after a preposition
('the engineer at no.' | '5 rang'); a household's act that is a bell's, a bill's or a report's
('rang out', 'rang true', 'rang up a bill', 'signed off as complete', 'texted by the system',
'flagged as overdue', 'said in the report to have', 'says 1890 over the porch'); a phrase or a
feeling before a noun ('on the phone line', 'happy hunting ground', 'on about £300k'); a brew
word naming a thing ('made tea rooms'); more words of the pitch and of Westminster in
`home_number_senses`. Borderline cases left out: a shop or an office at a street address that
rings ('14 High Street rang to confirm the order'), which may be the customer.

The xfail rows are false alarms left standing: most are the older number readings (CL207,
CL208 'number N' of a staff member, a clause, a route, a unit or a plot) outside this module.
"""

from __future__ import annotations

import pytest

from tests.conftest import locator_matches

# (text, the finding's match); a 'No.' the splitter cuts off leaves the number as the match.
FLAGGED = [
    ("Number 47, your prescription is ready.", "Number 47"),
    ("Flat 14B has been on the phone again about the damp.", "Flat 14B"),
    ("14 Harbour Road's been on about the fence again.", "14 Harbour Road"),
    ("No. 8 Birch Rd not in, left card.", "8 Birch Rd"),
    ("Flat 3 rang about the boiler again.", "Flat 3"),
    ("No. 12 complained about the bins not being collected.", "12"),
    ("Flat 9 is fuming about the scaffolding.", "Flat 9"),
    ("Number 6 rang to say the engineer never came.", "Number 6"),
    ("Flat 22 phoned twice this morning about the leak.", "Flat 22"),
    ("No. 4 wasn't in again today.", "4"),
    ("Flat 11 emailed about the rent increase.", "Flat 11"),
    ("3 Elm Close rang to cancel the appointment.", "3 Elm Close"),
    ("Flat 5 says the heating is off again.", "Flat 5"),
    ("No. 10 made the engineer a brew.", "10"),
    ("Flat 2 let us in after ten minutes.", "Flat 2"),
    ("No. 7 let the engineer in and went back to bed.", "7"),
    ("Flat 8 came down in her dressing gown to complain.", "Flat 8"),
    ("Number 3 came out to the door asking about the bins.", "Number 3"),
    ("Flat 16 is on at us about the mould again.", "Flat 16"),
    ("No. 5 got in touch about the noise from upstairs.", "5"),
    ("Flat 21 refused access for the gas check.", "Flat 21"),
    ("Number 14 flagged us down in the car park.", "Number 14"),
    ("Flat 6 isn't happy with the repair.", "Flat 6"),
    ("No. 9 is upset about the parking permit.", "9"),
    ("Flat 1 threatened to go to the ombudsman.", "Flat 1"),
    ("Apartment 3 asked for a copy of the lease.", "Apartment 3"),
    ("Apt 4C complained about the noise from the bar.", "Apt 4C"),
    ("Flat 14B keeps ringing about the damp.", "Flat 14B"),
    ("No. 2 has complained three times this week.", "2"),
    ("22 Station Road rang, she wants a callback.", "22 Station Road"),
    ("Flat 12 said she'd pay on Friday.", "Flat 12"),
    ("Number 8 apologised for missing the appointment.", "Number 8"),
    ("Flat 30 moaned about the stairwell lights.", "Flat 30"),
    ("No. 6 texted to say he's running late for the viewing.", "6"),
    ("Flat 4 insisted the damp was there when she moved in.", "Flat 4"),
    ("Number 22 on Elm Close complained about the hedge.", "Number 22 on Elm Close"),
    ("Flat 9, Block C, rang to say the lift is broken.", "Flat 9, Block C"),
    ("The door was open and Flat 17 was shouting at the builders.", "Flat 17"),
    ("Left a card, and flat 3C let me in on the second visit.", "flat 3C"),
    ("Flat 40 rang about the rent statement.", "Flat 40"),
    ("16 Oak Drive phoned about the skip on the pavement.", "16 Oak Drive"),
    ("No. 11 reckons the meter is faulty.", "11"),
    ("Flat 7 wrote to the councillor about the repairs.", "Flat 7"),
    ("No. 3 is livid about the tree being cut down.", "3"),
    ("Flat 18 swore at the caretaker this morning.", "Flat 18"),
    ("Number 5 demanded a refund of the service charge.", "Number 5"),
    ("Flat 10 is really annoyed about the delay.", "Flat 10"),
    ("No. 20 asked if we can move the appointment.", "20"),
    ("Flat 2 has been on the blower all week.", "Flat 2"),
    ("Flat 6 answered the door and said she'd call back.", "Flat 6"),
    ("No. 15 told the engineer to come back tomorrow.", "15"),
    ("Flat 13 is worried about the rent going up.", "Flat 13"),
    ("No. 19 is delighted with the new kitchen.", "19"),
    ("8 Mill Lane refused to move their car for the skip.", "8 Mill Lane"),
    ("Flat 5 wants to know when the roofers are coming.", "Flat 5"),
    ("Number 9 complained to the caretaker about the noise.", "Number 9"),
    ("Flat 27 is on the phone, can you take it?", "Flat 27"),
    ("No. 14 rang again, she's not happy.", "14"),
    ("Flat 3 asked us to call her back after four.", "Flat 3"),
    ("Flat 8 not in, card left.", "Flat 8"),
    ("No. 1 said the lights were flickering.", "1"),
    ("Number 3 rang in a panic about the flood.", "Number 3"),
]

INNOCENT = [
    "Please send the keys to Flat 14B, 22 Harbour Road, Leeds.",
    "Flat 3 has been on the market since May.",
    "No. 12 is on about £300k according to the agent.",
    "Flat 7 rang up a bill of £400 in repairs last year.",
    "The caretaker at flat 9 rang about the lift.",
    "Number 1 for six weeks, that song was everywhere.",
    pytest.param(
        "Number 10 said the new rules start in April.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="CL207 still reads 'Number 10': an older number reading outside homes.py",
        ),
    ),
    "No. 10 confirmed the budget date this morning.",
    "Number 9 complained that the pitch was waterlogged.",
    "Number 7 asked the linesman for a drink.",
    "The number 22 bus was late again.",
    "Flat 2 has damp in the bathroom ceiling.",
    pytest.param(
        "No. 8's boiler was serviced on Tuesday.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '8': an older number reading outside homes.py"
        ),
    ),
    "Deliver the parcel to no. 10 please.",
    "14 Harbour Road needs a new fence panel.",
    "Flat 5 is empty and ready to relet.",
    "Flat 11 is void until the kitchen is replaced.",
    "No. 4 is in council tax band C.",
    "Flat 6 said to be in good order by the surveyor.",
    "Number 3 wants repointing before winter.",
    "Flat 19 was refused planning for the extension.",
    "3 Elm Close sold for the asking price.",
    "22 Station Road is a bakery, they rang about the invoice.",
    "12 Mill Lane rang through their weekly order of flour.",
    "The landlord of flat 8 complained about the tenant.",
    "The agent for No. 15 rang to book a viewing.",
    "Our contractor at 9 Park Avenue phoned to say the roof is done.",
    "The meter at flat 9 is reading high.",
    "Flat 4's meter was swapped for a smart one.",
    "Number 14 has a leaking gutter.",
    "No. 6 has been on the market for a year.",
    "Flat 10 is on the ground floor with a garden.",
    "Flat 21 is on the top floor and has no lift.",
    "Flat 3 is on the list for new windows.",
    "Flat 8 is on the schedule for rewiring in June.",
    "Number 5 is on the corner by the church.",
    "No. 2 is in a conservation area.",
    "No. 17 isn't in our patch any more.",
    "Flat 12 is not in good condition.",
    pytest.param(
        "Flat 15 is not happy hunting ground for the surveyors.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL216 still reads 'Flat 15': the home's sense is not told apart"
        ),
    ),
    pytest.param(
        "Number 10 was furious at the leak of the report.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="CL207 still reads 'Number 10': an older number reading outside homes.py",
        ),
    ),
    "No. 10 is said to be unhappy with the minister.",
    "Number 11 said the Chancellor would set out the figures.",
    "Flat 7 let the rain in through the skylight.",
    "Flat 16 lets the damp in through the north wall.",
    pytest.param(
        "No. 9 came down in the storm, the whole chimney.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '9': an older number reading outside homes.py"
        ),
    ),
    "Number 4 came out on top in the customer survey of branches.",
    "Number 3 rang the changes at the top of the league.",
    "No. 1 seed asked for a later start on court.",
    pytest.param(
        "Number 8 refused to come off when the manager signalled.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="CL207 still reads 'Number 8': an older number reading outside homes.py",
        ),
    ),
    "Number 6 swore at the linesman and was booked.",
    pytest.param(
        "Number 2 said in the press conference he was fit.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="CL207 still reads 'Number 2': an older number reading outside homes.py",
        ),
    ),
    "Number 5 complained of a tight hamstring.",
    "Number 10 in the squad list is injured.",
    "No. 3 rang in sick this morning, so reception is short.",
    "Number 4 is off sick so the rota changes.",
    pytest.param(
        "Staff member no. 12 emailed the rota.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '12': an older number reading outside homes.py"
        ),
    ),
    pytest.param(
        "Driver number 8 rang from the depot.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="CL207 still reads 'Driver number 8': an older number reading outside homes.py",
        ),
    ),
    pytest.param(
        "Engineer no. 5 phoned to say he's running late.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '5': an older number reading outside homes.py"
        ),
    ),
    "Checkout no. 3 is not working.",
    "Gate number 12 is closed.",
    "Locker no. 14 was forced open.",
    "Platform 3 is not in use today.",
    "Pump number 4 is not in service.",
    "Flat 14B, 22 Harbour Road, Leeds LS1 4AB.",
    "Address: Flat 3, 17 Elm Grove, Bristol.",
    "Dear Sir, re: 14 Harbour Road, your application.",
    "Turn left after no. 12 and the depot is on the right.",
    "Go past 3 Elm Close and take the second right.",
    "Park outside Number 9, the van won't fit in the lane.",
    "The courier left the box with no. 11.",
    "The parcel was left with Flat 2 next door.",
    "Leave it behind the bin at 4 Mill Lane.",
    "Flat 6 has a new boiler fitted.",
    "Flat 6's tenancy ends in June.",
    "Flat 6 rent account is £300 in arrears.",
    "No. 20 has a gas leak, evacuate the block.",
    "Flat 30 flooded flat 29 below.",
    "Number 44 asked price has dropped to £250k.",
    "14 Harbour Road was built in 1932.",
    "14 Harbour Road has three bedrooms and a garage.",
    "16 Oak Drive went to sealed bids.",
    "Flat 9 went under offer yesterday.",
    "No. 14 is a listed building.",
    "The house at number 3 is up for auction.",
    "Flat 14B damp survey booked for Friday.",
    "No. 8 Birch Rd, gas safety check due.",
    "Number 22 on Elm Close has a broken gate.",
    "Flat 9, Block C, needs a new door entry handset.",
    "Flat 9, Block C, is empty.",
    "apartment 3 has two bathrooms.",
    "Apt 4C has a balcony facing the river.",
    "House 7 in the development has sold.",
    "Maisonette 2 needs a new roof.",
    "Number 1 in the charts again this week.",
    "No. 1 hit for the band was in 1986.",
    "It stayed at number 1 and said nothing new.",
    "The new single is number 3 and climbing.",
    "Number 5 on the list is the new printer.",
    pytest.param(
        "Number 3 on the agenda said the budget was fine.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="CL207 still reads 'Number 3': an older number reading outside homes.py",
        ),
    ),
    pytest.param(
        "Item no. 4 asked for a signature on receipt.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '4': an older number reading outside homes.py"
        ),
    ),
    pytest.param(
        "Section no. 12 says tenants must give a month's notice.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '12': an older number reading outside homes.py"
        ),
    ),
    pytest.param(
        "Clause number 7 says the deposit is protected.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="CL207 still reads 'Clause number 7': an older number reading outside homes.py",
        ),
    ),
    pytest.param(
        "Question no. 8 asks about your household income.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '8': an older number reading outside homes.py"
        ),
    ),
    pytest.param(
        "Form no. 3 asks for your National Insurance number.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '3': an older number reading outside homes.py"
        ),
    ),
    pytest.param(
        "Rule number 1 says never leave the van unlocked.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="CL207 still reads 'Rule number 1': an older number reading outside homes.py",
        ),
    ),
    pytest.param(
        "Step no. 2 says isolate the supply first.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '2': an older number reading outside homes.py"
        ),
    ),
    pytest.param(
        "Number 6 complained of a fault code on the display.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="CL207 still reads 'Number 6': an older number reading outside homes.py",
        ),
    ),
    pytest.param(
        "Route number 7 said to be diverted this weekend.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="CL207 still reads 'Route number 7': an older number reading outside homes.py",
        ),
    ),
    "The number 7 bus complained of nothing, it just broke down.",
    pytest.param(
        "Bus number 12 was refused entry to the depot.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="CL207 still reads 'Bus number 12': an older number reading outside homes.py",
        ),
    ),
    pytest.param(
        "Tram no. 4 asked for right of way at the junction.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '4': an older number reading outside homes.py"
        ),
    ),
    "Flat 2 smells of gas, call the emergency line.",
    "Flat 14 keeps flooding when it rains.",
    "Flat 14 keeps losing heat through the windows.",
    pytest.param(
        "No. 6 keeps getting post for the previous owner.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '6': an older number reading outside homes.py"
        ),
    ),
    "Flat 11 has a new kitchen and looks lovely.",
    "Flat 11 is damp and the plaster is blown.",
    "No. 18 wants painting on the outside.",
    "Number 19 wanted rewiring after the survey.",
    pytest.param(
        "No. 7 was refused a licence for the HMO.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '7': an older number reading outside homes.py"
        ),
    ),
    "Flat 2 was told to remove the satellite dish by the freeholder.",
    "Flat 5 was asked to pay the service charge.",
    "Flat 12 said in the report to have subsidence.",
    'Flat 1 says "fire door" on it but it isn\'t one.',
    "No. 9 says 1890 over the porch.",
    "The sign at No. 4 says private parking.",
    "Flat 3 answered the description in the advert perfectly.",
    "Flat 8 writes off at £2,000 on the insurance claim.",
    pytest.param(
        "Number 10 told the press the deal was off.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="CL207 still reads 'Number 10': an older number reading outside homes.py",
        ),
    ),
    "No. 10 threatened to withdraw the whip.",
    "Number 10 insisted the minister had done nothing wrong.",
    "Number 10 reckons the polls will turn.",
    "The PM's office at Number 10 signed off the plan.",
    pytest.param(
        "Number 11 signed off the spending review.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="CL207 still reads 'Number 11': an older number reading outside homes.py",
        ),
    ),
    "No. 7 scored in the second half.",
    "Number 9 shouted at the referee and got a yellow.",
    "Number 23 is the shirt everyone wants this season.",
    "Number 10 is the playmaker and always takes the free kicks.",
    "Number 14 refused to shake hands after the final whistle.",
    "No. 2 seed complained about the heat on court.",
    "The number 2 on the ranking list said he was tired.",
    "Flat 40 and flat 41 share a meter cupboard.",
    "Flat 40 flagged as overdue on the gas safety list.",
    pytest.param(
        "No. 14 flagged for a fire risk assessment.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '14': an older number reading outside homes.py"
        ),
    ),
    "14 Harbour Road flagged by the system as high risk for damp.",
    "Flat 3 texted by the system at 9am with the appointment.",
    "Flat 3 phoned back by the office, no answer.",
    "Flat 12 emailed twice by the lettings team, no reply yet.",
    pytest.param(
        "No. 5 emailed about by the neighbour, noise again.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '5': an older number reading outside homes.py"
        ),
    ),
    "The engineer at no. 5 rang for parts.",
    "The plumber at Flat 2 phoned to say the tank is cracked.",
    "The surveyor at 14 Harbour Road said the roof needs doing.",
    "The care worker at flat 10 rang the office.",
    "The cleaner at number 6 complained about the dog.",
    "Our scaffolder at No. 9 swore he'd be done Friday.",
    "The builder at 3 Elm Close refused to start without a deposit.",
    "The estate agent at No. 12 said the vendor has accepted.",
    "The postman at No. 4 said the box was too big.",
    "The council officer at Flat 6 asked for the gas certificate.",
    "Flat 22 is owned by the housing association.",
    "No. 3 belongs to the church.",
    "Number 15 is a shop, the launderette.",
    pytest.param(
        "14 High Street is a solicitors' office.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '14': an older number reading outside homes.py"
        ),
    ),
    "22 Market Place is our branch, call them for stock.",
    "The shop at 14 High Street rang to order more receipt rolls.",
    "Our depot at 3 Mill Lane rang to say the van is ready.",
    "The office at 2 Park Row phoned about the invoice.",
    "Head office at 1 King Street emailed the new policy.",
    "The branch at 5 Bridge Street asked for more leaflets.",
    "The pharmacy at 8 Green Lane asked us to collect the prescriptions.",
    pytest.param(
        "Unit no. 4 on the estate complained about the parking.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '4': an older number reading outside homes.py"
        ),
    ),
    "Unit number 6 asked for a bigger bin.",
    pytest.param(
        "Plot number 12 said to be sold subject to contract.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="CL210 still reads 'Plot number 12': an older number reading outside homes.py",
        ),
    ),
    pytest.param(
        "Plot no. 8 refused planning last year.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '8': an older number reading outside homes.py"
        ),
    ),
    "Garage no. 3 is let to a local mechanic.",
    pytest.param(
        "Store number 14 rang in with its stock count.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="CL207 still reads 'Store number 14': an older number reading outside homes.py",
        ),
    ),
    pytest.param(
        "Depot no. 2 phoned the figures through.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '2': an older number reading outside homes.py"
        ),
    ),
    pytest.param(
        "Branch number 9 emailed the weekly returns.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="CL207 still reads 'Branch number 9': an older number reading outside homes.py",
        ),
    ),
    "Ward number 4 rang the porters.",
    pytest.param(
        "Kiosk no. 1 asked for more change.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '1': an older number reading outside homes.py"
        ),
    ),
    pytest.param(
        "Stand number 12 said it was running low on brochures.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="CL209 still reads 'Stand number 12': an older number reading outside homes.py",
        ),
    ),
    "Bay no. 6 is not in use while the lift is repaired.",
    "Pitch no. 3 is not in use until spring.",
    "Flat 9 is not in the Right to Buy scheme.",
    "No. 4 is not in arrears.",
    "Flat 2 isn't in the conservation area.",
    "No. 6 isn't home to a family any more, it's offices.",
    "Flat 14 is not home insurance covered.",
    "Flat 3 is on the first floor, the stairs are steep.",
    "Flat 5 is on the left as you come in.",
    "No. 9 is on the bend, you can't miss it.",
    "Flat 12 is on the market at £180k.",
    "Flat 12 is on a fixed-term tenancy.",
    "Flat 4 is on the gas, not electric.",
    "No. 11 is on the same meter as no. 13.",
    "Number 8 is on the list for demolition.",
    "Flat 6 is in touch distance of the station.",
    pytest.param(
        "No. 3 is on the phone line for the alarm monitoring.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '3': an older number reading outside homes.py"
        ),
    ),
    "Flat 10 is happy valley on the map, odd name.",
    "Number 10 was delighted by the result, said a spokesman.",
    "No. 10 was angry about the leak, aides said.",
    "Number 10 is worried about the by-election.",
    "Flat 7 made £20k profit when it sold.",
    "No. 3 made the local paper for its garden.",
    "Flat 8 made tea rooms out of the ground floor years ago.",
    "Number 6 brought in £900 a month in rent.",
    "Flat 2 made a loss for the landlord last year.",
    "The Number 10 made the engineer a brew joke fell flat.",
    "Flat 8 came down in price again.",
    pytest.param(
        "No. 14 came out of the auction unsold.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '14': an older number reading outside homes.py"
        ),
    ),
    "Number 3 came to the market last week.",
    "Flat 4 came back on the market after the sale fell through.",
    "Flat 12 came up on the void list again.",
    "14 Harbour Road came down to £210k.",
    "Number 16 came round to the same valuation.",
    "The valuation for no. 8 came in low.",
    "Number 6 Harbour Road is being rewired.",
    "No. 8 Birch Rd gas meter read 04421.",
    "Flat 14B, damp, mould on bedroom wall, refer to surveyor.",
    "No. 8 Birch Rd, card left, meter inaccessible.",
    "No. 8 Birch Rd, no access, boiler not serviced.",
    "Flat 5 - no access - reschedule.",
    "Flat 2: rent account in credit.",
    "Flat 6: council tax band B.",
    "No. 12: void, keys with the caretaker.",
    "Flat 3 has asked price reduced twice.",
    "Flat 9 is a two-bed with a shared garden.",
    "Number 7 is haunted, apparently, according to the old deeds.",
    "The number 10 shirt was retired after he left.",
    "No. 10 shirt sold out in the club shop.",
    "The fans sang about Number 9 all match.",
    "Flat 17 rang out with the fire alarm for an hour.",
    "Flat 17's alarm rang all night.",
    "Flat 21's doorbell rang but nobody was in.",
    "Flat 3 rang true on the survey: no damp at all.",
    "The alarm at Flat 11 rang twice overnight.",
    "Flat 19's phone line is down.",
    "Flat 19 phone line is down.",
    "The phone at no. 4 rang out.",
    "No. 4 phone rang out when we called.",
    "Flat 8 answer phone was full.",
    "Flat 2 signed for by a neighbour.",
    "Parcel for no. 10 signed for by Flat 9.",
    "The lease for Flat 12 was signed yesterday.",
    "Flat 12 signed off as complete by the clerk of works.",
    "No. 6 signed off by building control.",
    "14 Harbour Road signed off as habitable.",
    pytest.param(
        "Flat 5 asked for £750 a month by the agent.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL216 still reads 'Flat 5': the home's sense is not told apart"
        ),
    ),
    pytest.param(
        "No. 7 told apart from no. 9 by its blue door.",
        marks=pytest.mark.xfail(
            strict=True, reason="CL208 still reads '7': an older number reading outside homes.py"
        ),
    ),
]


@pytest.mark.parametrize(("text", "match"), FLAGGED)
def test_flagged(text, match):
    assert locator_matches(text) == [match], text


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent(text):
    assert locator_matches(text) == [], text
