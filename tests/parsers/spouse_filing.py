"""A made-up 13D/A of one person, John Q. Roe (Acme Widgets, Inc.), for the spouse tests: its
``{ROW}`` (cover rows 7, 9, 11), ``{ITEM3}`` and ``{ITEM5}`` are filled in by each test."""

COVER = """                                  SCHEDULE 13D
                    Under the Securities Exchange Act of 1934
                                (Amendment No. 1)

                                 ACME WIDGETS, INC.
                                (Name of Issuer)

                         COMMON STOCK, PAR VALUE $.01 PER SHARE
                                (Title of Class of Securities)

                                    000360 10 6
                                 (CUSIP Number)

                                  MARCH 1, 2003
             (Date of event which requires filing of this statement)

- --------------------------------------------------------------------------------
     1       NAME OF REPORTING PERSON

                 JOHN Q. ROE
- --------------------------------------------------------------------------------
     2       CHECK THE APPROPRIATE BOX IF A MEMBER OF A GROUP*       (a)  [ ]
                                                                     (b)  [ ]
- --------------------------------------------------------------------------------
     4       SOURCE OF FUNDS*

                 PF
- --------------------------------------------------------------------------------
     6       CITIZENSHIP OR PLACE OF ORGANIZATION

                 United States
- --------------------------------------------------------------------------------
                         7    SOLE VOTING POWER
        NUMBER OF
                              3,000 shares{ROW}
          SHARES
                      ----------------------------------------------------------
       BENEFICIALLY      8    SHARED VOTING POWER

         OWNED BY             -0-
                      ----------------------------------------------------------
           EACH          9    SOLE DISPOSITIVE POWER

        REPORTING             3,000 shares{ROW}
       PERSON WITH    ----------------------------------------------------------
                        10    SHARED DISPOSITIVE POWER

                              -0-
- --------------------------------------------------------------------------------
    11       AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON

                 3,000 shares{ROW}
- --------------------------------------------------------------------------------
    13       PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (11)

                 10.0%
- --------------------------------------------------------------------------------
    14       TYPE OF REPORTING PERSON*

                 IN
- --------------------------------------------------------------------------------

ITEM 1.      SECURITY AND ISSUER

     This Amendment No. 1 amends the Schedule 13D filed by John Q. Roe with respect to the
common stock of Acme Widgets, Inc., a Delaware corporation (the "Company").

ITEM 2.      IDENTITY AND BACKGROUND

             (a) Name: John Q. Roe

ITEM 3.      SOURCE AND AMOUNT OF FUNDS OR OTHER CONSIDERATION

{ITEM3}

ITEM 5.      INTEREST IN SECURITIES OF THE ISSUER

{ITEM5}

                                    SIGNATURE

     After reasonable inquiry and to the best of my knowledge and belief, I
certify that the information set forth in this statement is true, complete and
correct.

                                         /s/ John Q. Roe
                                         ---------------------------------------
Dated:  March 5, 2003                                John Q. Roe
"""
