"""Pure means of not doing work twice: memos, digests of plain data, texts made on demand.

The domain declares what may be reused (a function memoised by its input's digest, a
text given by how it is made); :mod:`archivist.build` owns the one store of memos and
decides what is kept between builds. Nothing here holds state between calls of its own.
"""
