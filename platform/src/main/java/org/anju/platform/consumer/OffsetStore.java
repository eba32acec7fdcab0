package org.anju.platform.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.TopicPartition;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Consumer positions kept in the application's own database, next to the effects they cover. */
@ApplicationScoped
public class OffsetStore {

    private final DataSource dataSource;

    public OffsetStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The next offset to read per partition; partitions never consumed are absent. */
    public Map<TopicPartition, Long> load(String group, Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT next_offset FROM platform_consumer_offsets WHERE consumer_group = ? AND topic = ? AND kafka_partition = ?")) {
            for (TopicPartition partition : partitions) {
                select.setString(1, group);
                select.setString(2, partition.topic());
                select.setInt(3, partition.partition());
                try (ResultSet result = select.executeQuery()) {
                    if (result.next()) {
                        offsets.put(partition, result.getLong(1));
                    }
                }
            }
            return offsets;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read consumer offsets of " + group, e);
        }
    }

    /** Stores positions; call inside the transaction that applied the records before them. */
    public void store(String group, Map<TopicPartition, Long> nextOffsets) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(
                     "INSERT INTO platform_consumer_offsets (consumer_group, topic, kafka_partition, next_offset, updated_at)"
                             + " VALUES (?, ?, ?, ?, now()) ON CONFLICT (consumer_group, topic, kafka_partition)"
                             + " DO UPDATE SET next_offset = EXCLUDED.next_offset, updated_at = now()")) {
            for (Map.Entry<TopicPartition, Long> entry : nextOffsets.entrySet()) {
                upsert.setString(1, group);
                upsert.setString(2, entry.getKey().topic());
                upsert.setInt(3, entry.getKey().partition());
                upsert.setLong(4, entry.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store consumer offsets of " + group, e);
        }
    }

    /** Forgets every position of the group, so the next start reads its topics from the beginning. */
    public void reset(String group) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM platform_consumer_offsets WHERE consumer_group = ?")) {
            delete.setString(1, group);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reset consumer offsets of " + group, e);
        }
    }
}
