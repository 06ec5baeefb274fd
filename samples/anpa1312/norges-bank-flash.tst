w018-----
f i BC-Norges-Bank-Flash    10-08 0019
^BC-Norges-Bank-Flash,19<
^Norway central bank raises key rate to 4.75 percent<
	   OSLO (MP) _ Norges Bank raised its key policy rate by 0.25 percentage point to 4.75 percent on Thursday.

	   MP-WF-10-08-26 0800GMT<


