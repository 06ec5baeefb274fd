w019-----
u i BC-Norges-Bank-Flash 1stLd-Writethru   10-08 0081
^BC-Norges-Bank-Flash, 1stLd-Writethru,81<
^Norway raises rates, signals one more hike as krone weakens<
	   OSLO (MP) _ Norges Bank raised its key policy rate by 0.25 percentage point to 4.75 percent on Thursday and said it would probably raise it once more before the end of the year.
	   Governor Ingrid Solberg-Vik said the weaker krone had added about 0.6 percentage point to inflation over the past year.
	   "Inflation is too high and has been for too long," she told a news conference in Oslo.
	   The krone strengthened 1.2 percent against the euro after the decision.

	   MP-WF-10-08-26 0825GMT<


