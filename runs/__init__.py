"""The run machinery between reading and output: plan a run into batches, clean each batch in a
supervised child process, commit the staged rows, and report (summary, preview, re-clean selection).
"""
