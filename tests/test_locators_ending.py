"""Locator pack: customers named by the last digits of their card, account, policy or line
(custlint/engine/kinds/locator/ending.py, and the readings it builds on). Bank, telecom,
insurance and retail staff say where the holder is ('Card ending 5068 is at the hatch again',
'acc ending 2201 on the phone saying …', 'Had card ending 8804 in tears'), what they do or
are ('Card ending 7744 swore at the cashier', 'is still waiting for a callback'), or place a
person noun by the number. Its look-alikes are the cards, accounts, policies and phones as
things and records: declined, blocked, posted, left at the counter, waiting for collection
or a clearing payment, in the queue for review, on the desk for signing; other 'ending'
phrases (the year ending 2023, serial numbers ending 7); another person named in the sentence.

Every sentence here was written for these tests. Of the 113 persons in FLAGGED, the 20
not marked `# before` were missed by the code before this reading (7d74dd3). All 158
look-alikes in INNOCENT are quiet both before and after it; the 32 marked `# guard` aim at
the new reading's places and waits (a card left, kept or collected where a holder would be).
"""

from __future__ import annotations

import pytest

from tests.conftest import locator_matches

# (text, the finding's match)
FLAGGED = [
    (
        "Card ending 4417 is at the counter again asking why the refund hasn't landed.",
        "Card ending 4417",
    ),  # before
    (
        "The account ending 2281 phoned this morning about the standing order.",
        "account ending 2281",
    ),  # before
    ("Acc ending 9034 says she never got the new PIN.", "Acc ending 9034"),  # before
    (
        "Card ending 5520 wants to speak to a manager about the charges.",
        "Card ending 5520",
    ),  # before
    ("Tell the card ending 7719 that the replacement is on its way.", "card ending 7719"),  # before
    (
        "account ending in 3306 is in branch complaining about the queue.",
        "account ending in 3306",
    ),  # before
    (
        "The gentleman with the account ending 6612 is waiting by the door.",
        "The gentleman with the account ending 6612",
    ),  # before
    (
        "The woman with the card ending in 1184 has been here for an hour.",
        "The woman with the card ending in 1184",
    ),  # before
    ("Card ending 8840 rang back, he's still locked out of the app.", "Card ending 8840"),  # before
    ("Can someone call card ending 2209 back before five?", "card ending 2209"),  # before
    (
        "card ending 0457 is disputing a transaction at a petrol station.",
        "card ending 0457",
    ),  # before
    ("Account ending 3378 is furious about the overdraft letter.", "Account ending 3378"),  # before
    (
        "The couple with the joint account ending 5561 want to add their daughter.",
        "The couple with the joint account ending 5561",
    ),  # before
    ("acct ending 7730 asked if we could waive the fee.", "acct ending 7730"),  # before
    ("Mobile ending 2298 called again about the roaming charges.", "Mobile ending 2298"),  # before
    (
        "The guy on the mobile ending 6631 keeps hanging up on us.",
        "The guy on the mobile ending 6631",
    ),  # before
    ("Phone ending 4410 says the signal drops every evening.", "Phone ending 4410"),  # before
    ("Line ending 8823 wants to port her number.", "Line ending 8823"),  # before
    ("SIM ending 3390 has been on hold for twenty minutes.", "SIM ending 3390"),  # before
    ("Number ending 5571 is asking for a callback.", "Number ending 5571"),  # before
    (
        "Policy ending 218 wants to know if the windscreen is covered.",
        "Policy ending 218",
    ),  # before
    (
        "The lady with the policy ending 4402 rang about her claim.",
        "The lady with the policy ending 4402",
    ),  # before
    ("Policy ending in 7735 is asking why the premium went up.", "Policy ending in 7735"),  # before
    ("Tell policy ending 6610 we need the photos by Friday.", "policy ending 6610"),  # before
    (
        "Loyalty card ending 3321 is arguing about the points at till 4.",
        "Loyalty card ending 3321",
    ),  # before
    (
        "The man with the store card ending 2207 wants a refund without the receipt.",
        "The man with the store card ending 2207",
    ),  # before
    ("Member card ending 0081 asked for the manager.", "Member card ending 0081"),  # before
    (
        "Account ending 4450 rang to say the meter reading is wrong.",
        "Account ending 4450",
    ),  # before
    ("Account ending 1203 is threatening to switch supplier.", "Account ending 1203"),  # before
    (
        "Member card ending 5532 wants to freeze her membership.",
        "Member card ending 5532",
    ),  # before
    ("Card ending 6608 checked out without settling the minibar.", "Card ending 6608"),  # before
    (
        "Card ending 2290 wants to know why she was charged twice for the bag.",
        "Card ending 2290",
    ),  # before
    (
        "Card ending 8812 bought six tickets and now wants four refunded.",
        "Card ending 8812",
    ),  # before
    (
        "Account ending 4470 opened another ticket about the export.",
        "Account ending 4470",
    ),  # before
    ("Card ending 3309 cancelled her colour appointment again.", "Card ending 3309"),  # before
    (
        "Card ending 5516 is asking if the car deck fare includes the trailer.",
        "Card ending 5516",
    ),  # before
    (
        "Library card ending 0142 says she returned the books last week.",
        "Library card ending 0142",
    ),  # before
    ("Card ending 4471 phoned; she wants the fee back.", "Card ending 4471"),  # before
    (
        "The account ending 3391 was in earlier, he said he'd come back tomorrow.",
        "account ending 3391",
    ),
    ("Morning, card ending 3381, how can I help?", "card ending 3381"),  # before
    (
        "The bloke with the debit card ending 7762 wants his cash back.",
        "The bloke with the debit card ending 7762",
    ),  # before
    (
        "The family with the account ending 3320 are waiting in the lobby.",
        "The family with the account ending 3320",
    ),  # before
    ("Please apologise to card ending 4421 for the wait.", "card ending 4421"),  # before
    ("Card ending 1190 thanked us for sorting the chargeback.", "Card ending 1190"),  # before
    (
        "Account ending 6670 is on line 2 asking about the mortgage.",
        "Account ending 6670",
    ),  # before
    ("Card ending 7744 swore at the cashier.", "Card ending 7744"),
    (
        "Account ending 3381 left a voicemail asking for a statement.",
        "Account ending 3381",
    ),  # before
    ("Policy ending 5590 emailed twice about the renewal.", "Policy ending 5590"),  # before
    ("Card ending 8817 doesn't understand why her payment bounced.", "Card ending 8817"),  # before
    ("Card ending 4493 is crying at desk 3.", "Card ending 4493"),  # before
    ("Mobile ending 8820 hung up on me.", "Mobile ending 8820"),  # before
    ("Card ending 0012 is insisting she never made the purchase.", "Card ending 0012"),  # before
    ("Card ending 4418 was told to wait for the branch manager.", "Card ending 4418"),  # before
    ("ending 7156 is on the phone again about the mortgage.", "ending 7156"),  # before
    (
        "The old man with the pension account ending 9011 can't read the screen.",
        "The old man with the pension account ending 9011",
    ),  # before
    ("Card ending 5573 in branch, she's asking about a loan.", "Card ending 5573"),  # before
    ("Account ending 8864 at the desk wants cash.", "Account ending 8864"),  # before
    ("acc ending 2201 on the phone saying her direct debit bounced.", "acc ending 2201"),
    ("Card ending 9130 came in to pay off the balance.", "Card ending 9130"),  # before
    ("Policy ending 342 is unhappy with the settlement offer.", "Policy ending 342"),  # before
    ("Card ending 7001 keeps asking for the manager by name.", "Card ending 7001"),  # before
    (
        "Could you help the lady with the account ending in 1029?",
        "the lady with the account ending in 1029",
    ),  # before
    ("Card ending 5521 on the phone, wants to know the balance.", "Card ending 5521"),  # before
    ("Account ending 3303 at the counter, she's upset.", "Account ending 3303"),
    ("Card ending 9913 here to see you.", "Card ending 9913"),  # before
    ("Ring card ending 6670 back.", "card ending 6670"),  # before
    ("Can you phone account ending 3012 about the form?", "account ending 3012"),  # before
    ("Give account ending 5510 a call.", "account ending 5510"),  # before
    ("Card ending 3301 called, asked for you.", "Card ending 3301"),  # before
    ("Card ending 7730: she's been waiting since ten.", "Card ending 7730"),  # before
    ("Spoke to account ending 4417, he's happy now.", "account ending 4417"),  # before
    ("Account ending 2218 - she wants it closed.", "Account ending 2218"),  # before
    ("Had card ending 8804 in tears earlier.", "card ending 8804"),
    ("Policy ending 902 was on the phone for an hour.", "Policy ending 902"),  # before
    ("Card ending 4410 was rude to the cashier.", "Card ending 4410"),  # before
    ("Card ending 5512 was very upset.", "Card ending 5512"),  # before
    ("Account ending 6631 is happy with the outcome.", "Account ending 6631"),  # before
    ("Card ending 2241 is in the queue again.", "Card ending 2241"),
    ("Mobile ending 9901 has emailed the complaints team.", "Mobile ending 9901"),  # before
    (
        "Please help the lady on the card ending 3301, she wants her limit raised.",
        "the lady on the card ending 3301",
    ),  # before
    (
        "The student with the account ending 8815 needs an overdraft letter.",
        "The student with the account ending 8815",
    ),  # before
    (
        "The chap with the mobile ending 4402 says his bill doubled.",
        "The chap with the mobile ending 4402",
    ),  # before
    ("The girl on phone ending 2219 is crying.", "The girl on phone ending 2219"),  # before
    ("Card ending 1144 wants her fee back and says she'll complain.", "Card ending 1144"),  # before
    ("Card ending 3310 is back, he forgot his glasses.", "Card ending 3310"),  # before
    (
        "Card ending 6621 says he was charged twice for the same coffee.",
        "Card ending 6621",
    ),  # before
    ("Account ending 5408 told me the app keeps logging her out.", "Account ending 5408"),  # before
    ("Card ending 2947 shouted at Priya on the phone.", "Card ending 2947"),  # before
    ("Account ending 1172 is still waiting for a callback.", "Account ending 1172"),
    ("Just had card ending 8301 on the phone, she's lovely.", "card ending 8301"),
    ("Policy ending 771 phoned about her car, she's in a panic.", "Policy ending 771"),  # before
    ("Card ending 6402 has been on hold for 40 minutes.", "Card ending 6402"),  # before
    ("Policy ending 356 has been on the phone for an hour.", "Policy ending 356"),  # before
    ("Card ending 6683 on the line, wants the fee back.", "Card ending 6683"),  # before
    ("The account ending 5407 was in earlier, she'll be back at three.", "account ending 5407"),
    ("Acc ending 2216 hung up on me.", "Acc ending 2216"),  # before
    ("Account ending 9381 is in the queue again.", "Account ending 9381"),
    ("Card ending 3327 is at reception asking for you.", "Card ending 3327"),  # before
    ("Account ending 6194 is still waiting for a callback.", "Account ending 6194"),
    ("Card ending 2785 swore at the cashier.", "Card ending 2785"),  # before
    ("Card ending 4436 at the desk, she's been waiting ages.", "Card ending 4436"),
    ("Just had card ending 1739 on the line, she's lovely.", "card ending 1739"),
    ("Account ending 7035 is furious.", "Account ending 7035"),  # before
    ("Policy ending 612 on the phone again.", "Policy ending 612"),
    ("Acct ending 3348 in the queue again, third time today.", "Acct ending 3348"),
    (
        "Member card ending 2275 at reception, says she's lost her locker key.",
        "Member card ending 2275",
    ),  # before
    ("SIM ending 4420 on the line saying the roaming bar is wrong.", "SIM ending 4420"),
    ("Account ending 3472 shouted at Priya before leaving.", "Account ending 3472"),  # before
    ("Loan account ending 9903 at the desk, he wants to settle early.", "Loan account ending 9903"),
    ("Card ending 5068 is at the hatch again.", "Card ending 5068"),
    ("Policy ending 7741 on the line, she's very upset about the excess.", "Policy ending 7741"),
    ("Card ending 2093 in the lobby, waiting for you.", "Card ending 2093"),
    (
        "Account ending 6357 has been at the counter for twenty minutes.",
        "Account ending 6357",
    ),  # before
]

INNOCENT = [
    "The card ending 4417 was declined at the pump.",
    "Card ending 2281 expired last month.",
    "Card ending 5520 has been blocked after three wrong PINs.",
    "Cancel the card ending 7719 and issue a new one.",
    "The card ending in 1184 is linked to two accounts.",
    "Payments from the card ending 8840 keep bouncing.",
    "Card ending 2209 was used in Madrid at 3am.",
    "The card ending 0457 is registered to a business address.",
    "A refund of 40 pounds went back to the card ending 3321.",
    "We charged the card ending 6608 for the minibar.",
    "Card ending 9914 is the default payment method.",
    "The card ending 5532 will be replaced automatically.",
    "Card ending 7762 was reported stolen on Monday.",
    "Card ending 0012 needs a new chip.",
    "The card ending 3381 got swallowed by the machine.",
    "Card ending 4421 keeps getting declined online.",
    "Card ending 1190 shows two pending charges.",
    "The card ending 2256 was swallowed by the ATM.",
    "Card ending 4493 reads as invalid at the till.",
    "Card ending 6610 works fine on contactless.",
    "Card ending 5516 belongs to her husband.",
    "Card ending 3309 has a limit of 2,000.",
    "Card ending 8812 is due for renewal.",
    "Acct ending 7730 is overdrawn again.",
    "The account ending 6612 was closed in April.",
    "Account ending 3378 has a direct debit for the gym.",
    "Account ending 4450 owes 83 pounds on the last bill.",
    "Transfer the balance to the account ending 1203.",
    "The account ending in 3306 pays interest monthly.",
    "Account ending 9920 is frozen pending review.",
    "Account ending 2290 received a payment from abroad.",
    "Account ending 4470 was flagged by the fraud team.",
    "Account ending 6670 was opened in 2019.",
    "The salary went into the account ending 5561.",
    "Account ending 3320 is in credit.",
    "Account ending 7744 is in arrears.",
    "Account ending 2281 is in the system twice.",
    "Account ending 9034 is with the collections team.",
    "The account ending 3381 has been dormant for a year.",
    "Account ending 1147 shows a balance of zero.",
    "Account ending 8823 needs a second signature.",
    "Mobile ending 4410 is out of contract next month.",
    "Phone ending 2298 was ported to another network.",
    "The number ending 5571 is no longer in service.",
    "Line ending 8823 is down after the storm.",
    "The SIM ending 3390 was barred for non-payment.",
    "Mobile ending 6631 rang out twice.",
    "The phone ending 1147 went straight to voicemail.",
    "Dial the number ending 44 and ask for Tom.",
    "Enter the digits ending 44 on the form.",
    "Number ending 5571 is registered to a business.",
    "The landline ending 2207 has a fault on it.",
    "Mobile ending 0081 is the second number on the account.",
    "Policy ending 218 lapsed in March.",
    "The policy ending 4402 covers windscreens.",
    "Policy ending in 7735 renews on the first.",
    "Policy ending 6610 was cancelled for non-payment.",
    "Policy ending 5590 excludes flood damage.",
    "The year ending 2023 showed a loss.",
    "For the quarter ending 31 March, revenue rose.",
    "The week ending 14 June had record footfall.",
    "Invoices for the period ending 0630 are attached.",
    "The contract ending in 2026 can be renewed early.",
    "Serial numbers ending 7 are affected by the recall.",
    "Model numbers ending 300 have the new chip.",
    "All orders ending 99 ship from Leeds.",
    "Postcodes ending 4AA are in zone 2.",
    "Batch ending 0093 failed QA.",
    "The build ending 4412 broke the tests.",
    "The password ending 77 is too weak.",
    "Reference ending 3301 is on the invoice.",
    "Card ending 4417 belongs to Mrs Patel, who is waiting at desk 2.",
    "Account ending 3390, the customer wants it closed.",
    "The customer with the card ending 2209 is at the counter.",
    "The customer with the account ending in 3306 is back.",
    "Ask the customer on the mobile ending 2298 to hold.",
    "The statement for the account ending 5561 shows three charges.",
    "The letter about the card ending 0457 went out today.",
    "Print the mini statement for account ending 3378.",
    "Fraud alert on card ending 8840.",
    "The notes on account ending 4450 say she's vulnerable.",
    "The app says card ending 1184 is frozen.",
    "Terminal ending 004 is offline.",
    "The ATM ending 22 is out of cash.",
    "Card ending 5520 arrived in the post today.",
    "The card ending 0012 turned up down the back of the sofa.",
    "The terminal asks for the PIN for card ending 3309.",
    "Card ending 4493 keeps failing at the pump.",
    "Mobile ending 8820 keeps cutting out.",
    "Mobile ending 8820 cut out mid-call.",
    "Phone ending 4410 is on the charger.",
    "Card ending 4417 was declined, she says she has funds.",
    "Account ending 3390 is overdrawn, he'll need to pay it off.",
    "Card ending 2211 was blocked; she is at the counter now.",
    "Account ending 6610 is on hold pending ID checks.",
    "Card ending 7721 is on file for the deposit.",
    "Card ending 6612 was left at the counter.",
    "Phone ending 2231 was left in branch.",
    "Card ending 2234 was found on the floor in branch.",
    "Card ending 9012 is in branch for collection.",
    "The new card ending 4402 is at the branch ready to collect.",
    "Card ending 7716 is saved on the phone.",
    "Card ending 3345 was swiped twice at the counter.",
    "Account ending 6620 is in the queue for review.",
    "Card ending 1108 is in the post.",
    "Card ending 9025 was returned to sender.",
    "Account ending 7711 was passed to the complaints team.",
    "Card ending 4458 was sent to the wrong address; she is at the counter.",
    "The letter to account ending 8901 says the overdraft will be cut.",
    "The mobile ending 3302 is on the phone plan for the family.",
    "Card ending 7419 has a hold on it.",
    "Account ending 2267 went into overdraft on Friday.",
    "Account ending 6608 moved to the premier tier.",
    "Card ending 3319 has expired, she needs a new one.",
    "Card ending 8855 came back from the printer misprinted.",
    "Mobile ending 0044 keeps dropping calls.",
    "Account ending 8830 is waiting for a clearing payment.",
    "Card ending 6541 is waiting to be activated.",
    "Account ending 1175 will be charged on the 5th.",
    "Account ending 7712 is on the phone banking list.",
    "Tell the bank that account ending 4410 is closed.",
    "Ask her for the card ending 6610.",
    "Mrs Khan asked us to close the account ending 5530.",
    "She says the card ending 3390 was stolen.",
    "He wants the account ending 2245 closed.",
    "The customer on the phone says account ending 7731 is hers.",
    "Card ending 4471 is in branch waiting to be collected.",  # guard
    "Card ending 8830 is at the counter with the lost property.",  # guard
    "Card ending 2219 was handed in at the counter.",  # guard
    "Card ending 6401 is in the queue for printing.",  # guard
    "Account ending 7702 is in the queue behind two others.",  # guard
    "Account ending 3356 is on the phone bill as the payer.",  # guard
    "Card ending 1180 at the till was declined.",  # guard
    "Card ending 4402 at till 3 was swiped twice.",  # guard
    "Card ending 9076 in the till drawer belongs to a regular.",  # guard
    "The card ending 3318 on the desk is hers.",  # guard
    "Card ending 2254 was in the post yesterday.",  # guard
    "Card ending 6631 is at the branch for collection.",  # guard
    "Account ending 8802 is waiting for a transfer.",  # guard
    "Account ending 1193 is holding for the clearing period.",  # guard
    "Account ending 5542 is waiting for the direct debit to clear.",  # guard
    "Card ending 8814 is saved on the phone.",  # guard
    "Policy ending 331 is in the queue for underwriting.",  # guard
    "Account ending 2270 has been in the queue since Friday.",  # guard
    "Account ending 6645 is in arrears again.",  # guard
    "Account ending 9907 is at the top of the list.",  # guard
    "Card ending 1166 is at the back of the drawer.",  # guard
    "We have the card ending 4402 at the counter.",  # guard
    "I've got the card ending 5590 in the safe.",  # guard
    "Got card ending 2234 at the counter, someone handed it in.",  # guard
    "Had card ending 7781 in the safe overnight.",  # guard
    "Card ending 5512 is in the branch safe.",  # guard
    "Account ending 4418 is at the limit.",  # guard
    "Card ending 6605 is at the printer.",  # guard
    "Card ending 9917 is waiting for activation.",  # guard
    "Account ending 3365 is holding the deposit.",  # guard
    "Card ending 5576 is in the system as lost.",  # guard
    "Account ending 4072 was in the red again.",  # guard
]


@pytest.mark.parametrize("text,match", FLAGGED)
def test_flagged(text, match):
    assert locator_matches(text) == [match], text


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent(text):
    assert locator_matches(text) == [], text
