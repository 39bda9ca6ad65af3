namespace NeighborParty.Persistence;

/// <content>One commit taken in parts, for the bulk paths (ledger and activity imports).</content>
public sealed partial class UnitOfWork
{
    /// <summary>
    /// Begins one commit that is written in parts: each <see cref="Stream.FlushAsync"/> dispatches the events of what is
    /// staged, writes it with its audit entries as a part of one store write and forgets it, so memory holds one part at
    /// a time; <see cref="Stream.CompleteAsync"/> makes every part visible at once; disposing an uncompleted stream
    /// stores nothing.
    /// </summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The stream.</returns>
    /// <remarks>
    /// When the store cannot write in parts (it does not implement <see cref="IStreamingAggregateStore"/>), or when the
    /// unit of work already has staged changes or an operation under way that will commit them, the parts are held and
    /// written in one ordinary commit on completion: the same result, with memory that grows with the write.
    /// </remarks>
    internal async Task<Stream> BeginStreamAsync(CancellationToken cancellationToken)
    {
        if (_depth > 0 || _committing || _staged.Count > 0 || _store is not IStreamingAggregateStore streaming)
        {
            return new Stream(this, null, commits: _depth == 0);
        }

        return new Stream(this, await streaming.BeginWriteAsync(cancellationToken), commits: true);
    }

    /// <summary>A commit in parts (see <see cref="BeginStreamAsync"/>). Not thread-safe.</summary>
    internal sealed class Stream : IAsyncDisposable
    {
        private readonly UnitOfWork _work;
        private readonly IStreamingWrite? _write;
        private readonly bool _commits;
        private bool _done;

        internal Stream(UnitOfWork work, IStreamingWrite? write, bool commits)
        {
            _work = work;
            _write = write;
            _commits = commits;
            _work._depth++; // what the stream's work stages is the stream's to write
        }

        /// <summary>Gets a value indicating whether parts are written as they come (else held until completion).</summary>
        public bool IsStreaming => _write is not null;

        /// <summary>Writes what is staged as the next part (when streaming) and forgets it.</summary>
        /// <param name="cancellationToken">Cancels the part (the whole stream then stores nothing).</param>
        /// <returns>A task.</returns>
        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            ObjectDisposedException.ThrowIf(_done, this);
            if (_write is null)
            {
                return; // held until completion
            }

            try
            {
                await _work.DispatchEventsAsync(cancellationToken);
                if (_work._staged.Count > 0)
                {
                    await _work.WriteAsync(_write.WriteAsync, cancellationToken);
                }

                _work.Forget();
            }
            catch
            {
                await AbandonAsync();
                throw;
            }
        }

        /// <summary>Writes the last part and makes the whole stream visible (or, when not streaming, commits everything once).</summary>
        /// <param name="cancellationToken">Cancels the completion.</param>
        /// <returns>A task.</returns>
        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            ObjectDisposedException.ThrowIf(_done, this);
            if (_write is null)
            {
                _done = true;
                _work._depth--;
                if (_commits)
                {
                    await _work.CommitAsync(cancellationToken); // an outer operation commits otherwise
                }

                return;
            }

            await FlushAsync(cancellationToken);
            try
            {
                await _write.CompleteAsync(cancellationToken);
            }
            finally
            {
                _work.ForgetReports(); // the parts become visible only now
                await AbandonAsync();
            }
        }

        /// <inheritdoc />
        public ValueTask DisposeAsync() => new(AbandonAsync());

        private async Task AbandonAsync()
        {
            if (_done)
            {
                return;
            }

            _done = true;
            _work._depth--;
            if (_write is not null)
            {
                await _write.DisposeAsync(); // not completed: nothing of any part is stored
            }

            _work.Discard();
        }
    }
}
