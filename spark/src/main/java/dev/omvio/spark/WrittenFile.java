package dev.omvio.spark;

import org.apache.spark.sql.connector.write.WriterCommitMessage;

/**
 * What a task wrote: a complete stream file under a hidden name, to be renamed by the commit.
 *
 * @param temporaryName the hidden file's name in the output folder
 * @param name the name it gets when the job commits
 * @param frames the number of frames in it
 */
record WrittenFile(String temporaryName, String name, long frames) implements WriterCommitMessage {
    private static final long serialVersionUID = 1L;
}
