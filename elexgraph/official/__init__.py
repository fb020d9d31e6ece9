"""Official results beside the news: the House of Commons Library's results files as named graphs.

``load.load`` reads each file (``read``), checks every row, and writes it as its own named graph
(``graph``), replacing the graph of the same election and layout in one atomic step, or leaving it
as it was. A file already stored unchanged is not written again. Then the people the stored articles
name join the official candidates they are (``people``).
"""
